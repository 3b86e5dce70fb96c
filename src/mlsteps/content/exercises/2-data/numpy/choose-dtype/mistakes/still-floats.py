import numpy as np


def to_whole_numbers(values):
    return np.round(values)
