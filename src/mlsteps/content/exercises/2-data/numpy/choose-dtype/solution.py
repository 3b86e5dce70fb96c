import numpy as np


def to_whole_numbers(values):
    """Return a new array of whole numbers: each value of `values` rounded to the nearest one."""
    return np.round(values).astype(int)
