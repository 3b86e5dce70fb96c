def sum_until_negative(numbers):
    """Return the sum of the numbers before the first negative one."""
    total = 0
    # ... write your loop here.
    return total
