def scale_between(values, low, high):
    return (values - low) / (high - low)
