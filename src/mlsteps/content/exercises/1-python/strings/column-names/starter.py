def to_snake_case(header):
    """Return `header` as a snake_case name: lower case, letters and digits joined by single underscores."""
    # Build the tidy name here.
    return ""
