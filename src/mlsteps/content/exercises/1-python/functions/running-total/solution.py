def running_total(numbers):
    """Return a list where each item is the sum of the numbers so far."""
    totals = []
    total = 0
    for number in numbers:
        total += number
        totals.append(total)
    return totals
