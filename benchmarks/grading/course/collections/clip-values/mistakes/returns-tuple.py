def clip_values(values, low, high):
    return tuple(min(max(value, low), high) for value in values)
