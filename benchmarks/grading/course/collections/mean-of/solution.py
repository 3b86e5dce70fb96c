def mean_of(values):
    """Return the mean of the numbers in `values`, or 0.0 for an empty list."""
    if not values:
        return 0.0
    return sum(values) / len(values)
