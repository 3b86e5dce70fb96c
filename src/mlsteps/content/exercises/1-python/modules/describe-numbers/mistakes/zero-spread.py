import statistics


def describe(numbers):
    return {
        "mean": statistics.mean(numbers),
        "median": statistics.median(numbers),
        "mode": statistics.mode(numbers),
        "stdev": statistics.stdev(numbers) if len(numbers) >= 2 else 0.0,
    }
