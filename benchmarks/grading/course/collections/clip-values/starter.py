def clip_values(values, low, high):
    """Return a new list where each value is moved into the range from `low` to `high`."""
    # Build and return the clipped list here.
    return []
