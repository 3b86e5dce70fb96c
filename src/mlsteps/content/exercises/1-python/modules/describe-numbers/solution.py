import statistics


def describe(numbers):
    """Return the mean, median, mode (first of ties) and sample standard deviation (None below 2 values)."""
    return {
        "mean": statistics.mean(numbers),
        "median": statistics.median(numbers),
        "mode": statistics.mode(numbers),
        "stdev": statistics.stdev(numbers) if len(numbers) >= 2 else None,
    }
