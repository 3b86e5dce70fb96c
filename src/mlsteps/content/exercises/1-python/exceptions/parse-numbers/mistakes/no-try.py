def parse_numbers(texts):
    numbers = []
    bad = 0
    for text in texts:
        numbers.append(float(text))
    return numbers, bad
