def parse_numbers(texts):
    """Return (numbers, bad): the floats read from `texts`, in order, and how many could not be read."""
    numbers = []
    bad = 0
    # Loop over the texts here, with try / except ValueError around float(text).
    return numbers, bad
