import numpy as np


def scale_between(values, low, high):
    return np.array([(min(max(value, low), high) - low) / (high - low) for value in values])
