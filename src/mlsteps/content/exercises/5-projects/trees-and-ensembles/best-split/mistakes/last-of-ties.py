import numpy as np


def gini(labels):
    if len(labels) == 0:
        return 0.0
    _, counts = np.unique(labels, return_counts=True)
    shares = counts / len(labels)
    return 1 - np.sum(shares**2)


def best_split(X, y):
    n = len(y)
    best_score = float("inf")
    best = None
    for feature in range(X.shape[1]):
        values = np.unique(X[:, feature])
        for threshold in (values[:-1] + values[1:]) / 2:
            left = X[:, feature] <= threshold
            score = left.sum() / n * gini(y[left]) + (~left).sum() / n * gini(y[~left])
            if score <= best_score:
                best_score = score
                best = (feature, threshold, score)
    return best
