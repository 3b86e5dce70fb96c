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


def majority(labels):
    """The most common label; on a tie, the smallest (np.unique sorts, argmax takes the first)."""
    values, counts = np.unique(labels, return_counts=True)
    return values[np.argmax(counts)]


def build(X, y, depth, max_depth):
    """A leaf {"label": ...} or a question {"feature", "threshold", "left", "right"} for these rows."""
    split = best_split(X, y) if depth < max_depth and gini(y) > 0 else None
    if split is None:
        return {"label": majority(y)}
    feature, threshold, _ = split
    left = X[:, feature] <= threshold
    return {
        "feature": feature,
        "threshold": threshold,
        "left": build(X[left], y[left], depth + 1, max_depth),
        "right": build(X[~left], y[~left], depth + 1, max_depth),
    }


def predict_row(node, row):
    while "label" not in node:
        node = node["left"] if row[node["feature"]] <= node["threshold"] else node["right"]
    return node["label"]


def forest_predict(X_train, y_train, X_new, samples, features, max_depth):
    """Grow one tree per bootstrap sample on its own features, then return the forest's vote for each new row."""
    votes = []
    for rows, columns in zip(samples, features, strict=True):
        tree = build(X_train[rows][:, columns], y_train[rows], 0, max_depth)
        votes.append([predict_row(tree, row) for row in X_new[:, columns]])
    votes = np.array(votes)
    return np.array([majority(votes[:, column]) for column in range(len(X_new))])
