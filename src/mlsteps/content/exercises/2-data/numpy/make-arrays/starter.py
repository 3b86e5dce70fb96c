import numpy as np


def make_grid(rows, cols, fill):
    """Return a NumPy array of shape (rows, cols) in which every place holds `fill`."""
    # Build the array here with one NumPy function.
    return np.array([])
