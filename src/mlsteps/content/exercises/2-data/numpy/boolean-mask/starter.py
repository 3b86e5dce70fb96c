import numpy as np


def hot_days(temperatures, threshold):
    """Return (the temperatures above `threshold`, in order; how many there are)."""
    # Make a mask with a comparison, then use it to pick and to count.
    return np.array([]), 0
