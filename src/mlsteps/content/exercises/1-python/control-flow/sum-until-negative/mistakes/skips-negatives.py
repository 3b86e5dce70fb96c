def sum_until_negative(numbers):
    total = 0
    for number in numbers:
        if number < 0:
            continue
        total += number
    return total
