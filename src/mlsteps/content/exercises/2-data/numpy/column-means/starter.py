import numpy as np


def column_means(values):
    """Return a 1-D array with the mean of each column of the 2-D array `values`."""
    # Replace this with one NumPy call.
    return np.zeros(1)
