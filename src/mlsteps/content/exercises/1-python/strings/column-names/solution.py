def to_snake_case(header):
    """Return `header` as a snake_case name: lower case, letters and digits joined by single underscores."""
    kept = "".join(ch if ch.isalnum() else " " for ch in header.lower())
    return "_".join(kept.split())
