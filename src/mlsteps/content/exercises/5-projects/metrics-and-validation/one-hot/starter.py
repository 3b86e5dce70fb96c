import numpy as np


def one_hot(labels, categories):
    """Return a 0/1 array with one row per label and one column per category, in the order of categories."""
    encoded = np.zeros((len(labels), len(categories)), dtype=int)
    # Put a 1 in each row, in the column of that row's label.
    return encoded
