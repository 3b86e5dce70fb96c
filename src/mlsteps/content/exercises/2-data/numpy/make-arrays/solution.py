import numpy as np


def make_grid(rows, cols, fill):
    """Return a NumPy array of shape (rows, cols) in which every place holds `fill`."""
    return np.full((rows, cols), fill)
