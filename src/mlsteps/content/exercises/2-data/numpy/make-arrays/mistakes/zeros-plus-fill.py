import numpy as np


def make_grid(rows, cols, fill):
    return np.zeros((rows, cols)) + fill
