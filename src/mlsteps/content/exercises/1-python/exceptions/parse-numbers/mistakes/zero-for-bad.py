def parse_numbers(texts):
    numbers = []
    bad = 0
    for text in texts:
        try:
            numbers.append(float(text))
        except ValueError:
            numbers.append(0.0)
            bad += 1
    return numbers, bad
