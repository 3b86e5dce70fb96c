def sum_until_negative(numbers):
    """Return the sum of the numbers before the first negative one."""
    total = 0
    for number in numbers:
        if number < 0:
            break
        total += number
    return total
