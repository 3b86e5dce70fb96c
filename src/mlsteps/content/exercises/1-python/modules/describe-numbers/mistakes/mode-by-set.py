import statistics


def describe(numbers):
    return {
        "mean": statistics.mean(numbers),
        "median": statistics.median(numbers),
        "mode": max(sorted(set(numbers)), key=numbers.count),
        "stdev": statistics.stdev(numbers) if len(numbers) >= 2 else None,
    }
