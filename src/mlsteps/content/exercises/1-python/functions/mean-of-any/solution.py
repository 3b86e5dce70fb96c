def mean(*numbers):
    """Return the mean of all the values passed, or None when there are none."""
    if not numbers:
        return None
    return sum(numbers) / len(numbers)
