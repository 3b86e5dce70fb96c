def clip_values(values, low, high):
    for i, value in enumerate(values):
        values[i] = min(max(value, low), high)
