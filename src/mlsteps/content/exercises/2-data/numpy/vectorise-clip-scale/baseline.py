import numpy as np


def scale_with_a_loop(values, low, high):
    result = np.empty(len(values))
    for i in range(len(values)):
        value = min(max(values[i], low), high)
        result[i] = (value - low) / (high - low)
    return result
