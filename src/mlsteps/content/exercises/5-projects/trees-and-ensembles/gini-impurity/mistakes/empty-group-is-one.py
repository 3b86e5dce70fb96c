import numpy as np


def gini(labels):
    _, counts = np.unique(labels, return_counts=True)
    shares = counts / len(labels)
    return 1 - np.sum(shares**2)
