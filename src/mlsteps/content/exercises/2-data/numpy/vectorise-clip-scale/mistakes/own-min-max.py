def scale_between(values, low, high):
    return (values - values.min()) / (values.max() - values.min())
