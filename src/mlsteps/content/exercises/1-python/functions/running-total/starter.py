def running_total(numbers):
    """Return a list where each item is the sum of the numbers so far."""
    totals = []
    # ... write your loop here.
    return totals
