def to_whole_numbers(values):
    return values.astype(int)
