def split_minutes(total):
    """Return (hours, minutes) for `total` minutes, both whole numbers."""
    # Work out the hours and the minutes left over here.
    return (0, 0)
