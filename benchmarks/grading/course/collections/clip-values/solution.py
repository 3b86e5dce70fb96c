def clip_values(values, low, high):
    """Return a new list where each value is moved into the range from `low` to `high`."""
    return [min(max(value, low), high) for value in values]
