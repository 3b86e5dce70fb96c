def clean_rainfall(readings):
    """Return a copy of `readings` with every negative value replaced by 0; `readings` must not change."""
    cleaned = readings.copy()
    cleaned[cleaned < 0] = 0
    return cleaned
