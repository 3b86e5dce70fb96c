def running_total(numbers):
    totals = []
    for number in numbers:
        total = 0
        total += number
        totals.append(total)
    return totals
