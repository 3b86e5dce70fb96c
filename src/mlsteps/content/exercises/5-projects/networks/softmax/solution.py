import numpy as np


def softmax(Z):
    """Return the row-wise softmax of a 2-D array of scores: each row becomes probabilities that add up to 1."""
    exps = np.exp(Z - Z.max(axis=1, keepdims=True))
    return exps / exps.sum(axis=1, keepdims=True)
