import statistics


def describe(numbers):
    middle = len(numbers) // 2
    if len(numbers) % 2:
        median = numbers[middle]
    else:
        median = (numbers[middle - 1] + numbers[middle]) / 2
    return {
        "mean": statistics.mean(numbers),
        "median": median,
        "mode": statistics.mode(numbers),
        "stdev": statistics.stdev(numbers) if len(numbers) >= 2 else None,
    }
