import numpy as np


def one_hot(labels, categories):
    """Return a 0/1 array with one row per label and one column per category, in the order of categories."""
    column = {category: j for j, category in enumerate(categories)}
    encoded = np.zeros((len(labels), len(categories)), dtype=int)
    for i, label in enumerate(labels):
        if label in column:  # an unknown label keeps its row of zeros
            encoded[i, column[label]] = 1
    return encoded
