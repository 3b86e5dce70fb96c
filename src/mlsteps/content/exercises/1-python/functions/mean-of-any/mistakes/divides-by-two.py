def mean(*numbers):
    if not numbers:
        return None
    return sum(numbers) / 2
