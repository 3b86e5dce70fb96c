import numpy as np


def gini(labels):
    if len(labels) == 0:
        return 0.0
    _, counts = np.unique(labels, return_counts=True)
    shares = counts / len(labels)
    return 1 - np.sum(shares**2)


def best_split(X, y):
    n = len(y)
    best = None
    classes = np.unique(y)
    for feature in range(X.shape[1]):
        for threshold in (classes[:-1] + classes[1:]) / 2:
            left = X[:, feature] <= threshold
            score = left.sum() / n * gini(y[left]) + (~left).sum() / n * gini(y[~left])
            if best is None or score < best[2]:
                best = (feature, threshold, score)
    return best
