def parse_numbers(texts):
    numbers = []
    bad = 0
    try:
        for text in texts:
            numbers.append(float(text))
    except ValueError:
        bad += 1
    return numbers, bad
