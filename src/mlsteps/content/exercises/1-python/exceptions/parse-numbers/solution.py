def parse_numbers(texts):
    """Return (numbers, bad): the floats read from `texts`, in order, and how many could not be read."""
    numbers = []
    bad = 0
    for text in texts:
        try:
            numbers.append(float(text))
        except ValueError:
            bad += 1
    return numbers, bad
