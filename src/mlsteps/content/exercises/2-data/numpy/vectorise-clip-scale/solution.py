import numpy as np


def scale_between(values, low, high):
    """Clip `values` into [low, high], then scale them so that low becomes 0 and high becomes 1."""
    return (np.clip(values, low, high) - low) / (high - low)
