import numpy as np


def gini(labels):
    """Return the Gini impurity of a 1-D array of class labels (0.0 for an empty array)."""
    if len(labels) == 0:
        return 0.0
    _, counts = np.unique(labels, return_counts=True)
    shares = counts / len(labels)
    return float(1 - np.sum(shares**2))


def best_split(X, y):
    """Return (feature index, threshold, weighted gini) of the best split, or None if no split is possible."""
    n = len(y)
    best = None
    for feature in range(X.shape[1]):
        values = np.unique(X[:, feature])
        for threshold in (values[:-1] + values[1:]) / 2:
            left = X[:, feature] <= threshold
            score = left.sum() / n * gini(y[left]) + (~left).sum() / n * gini(y[~left])
            if best is None or score < best[2]:
                best = (feature, float(threshold), float(score))
    return best
