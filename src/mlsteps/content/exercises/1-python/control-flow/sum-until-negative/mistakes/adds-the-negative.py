def sum_until_negative(numbers):
    total = 0
    for number in numbers:
        total += number
        if number < 0:
            break
    return total
