import numpy as np


def gini(labels):
    """Return the Gini impurity of a 1-D array of class labels (0.0 for an empty array)."""
    if len(labels) == 0:
        return 0.0
    _, counts = np.unique(labels, return_counts=True)
    shares = counts / len(labels)
    return float(1 - np.sum(shares**2))
