import numpy as np


def silhouette(X, labels):
    """Return the mean silhouette of a clustering: how much closer each point is to its own cluster."""
    clusters = np.unique(labels)
    if not 2 <= len(clusters) <= len(X) - 1:
        raise ValueError("the silhouette needs at least 2 clusters and fewer clusters than points")
    distances = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=2))
    scores = np.zeros(len(X))
    for i in range(len(X)):
        own = labels == labels[i]
        if own.sum() == 1:
            continue  # a point alone in its cluster scores 0
        a = distances[i, own].sum() / (own.sum() - 1)  # the distance to itself is 0, and it is not counted
        b = distances[i, ~own].mean()
        scores[i] = (b - a) / max(a, b)
    return float(scores.mean())
