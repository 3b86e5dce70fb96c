import numpy as np


def scale_between(values, low, high):
    """Clip `values` into [low, high], then scale them so that low becomes 0 and high becomes 1."""
    result = np.zeros(len(values))
    # Replace the loop idea with whole-array operations.
    return result
