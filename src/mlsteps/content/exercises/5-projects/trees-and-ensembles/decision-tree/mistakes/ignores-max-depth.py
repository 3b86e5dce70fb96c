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
    for feature in range(X.shape[1]):
        values = np.unique(X[:, feature])
        for threshold in (values[:-1] + values[1:]) / 2:
            left = X[:, feature] <= threshold
            score = left.sum() / n * gini(y[left]) + (~left).sum() / n * gini(y[~left])
            if best is None or score < best[2]:
                best = (feature, threshold, score)
    return best


def build(X, y):
    values, counts = np.unique(y, return_counts=True)
    split = best_split(X, y)
    if len(values) == 1 or split is None:
        return {"label": values[np.argmax(counts)]}
    feature, threshold, _ = split
    left = X[:, feature] <= threshold
    return {
        "feature": feature,
        "threshold": threshold,
        "left": build(X[left], y[left]),
        "right": build(X[~left], y[~left]),
    }


def tree_predict(X_train, y_train, X_new, max_depth):
    tree = build(X_train, y_train)
    predictions = []
    for row in X_new:
        node = tree
        while "label" not in node:
            node = node["left"] if row[node["feature"]] <= node["threshold"] else node["right"]
        predictions.append(node["label"])
    return np.array(predictions)
