import numpy as np


def kmeans(X, initial_centres, steps):
    """Run `steps` rounds of Lloyd's k-means from the given centres; return (centres, labels)."""
    centres = np.array(initial_centres, dtype=float)  # a copy: the argument stays as it was
    for _ in range(steps):
        distances = np.sqrt(((X[:, np.newaxis, :] - centres[np.newaxis, :, :]) ** 2).sum(axis=2))  # (points, centres)
        labels = distances.argmin(axis=1)  # the nearest centre of each point; a tie goes to the lower index
        for j in range(len(centres)):
            members = X[labels == j]
            if len(members) > 0:  # an empty cluster keeps its centre
                centres[j] = members.mean(axis=0)
    return centres, labels
