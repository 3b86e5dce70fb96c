import statistics


def describe(numbers):
    """Return the mean, median, mode (first of ties) and sample standard deviation (None below 2 values)."""
    # Use the statistics module for each of the four numbers.
    return {"mean": 0, "median": 0, "mode": 0, "stdev": None}
