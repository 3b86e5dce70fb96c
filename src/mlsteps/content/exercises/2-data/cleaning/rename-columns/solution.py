def tidy_headers(frame, renames):
    """Return a copy of frame with tidy column names: trimmed, lower case, underscores, then renamed."""
    tidy = frame.columns.str.strip().str.lower().str.replace(r"[\s-]+", "_", regex=True)
    renamed = frame.set_axis(tidy, axis="columns")
    return renamed.rename(columns=renames)
