import numpy as np


def kmeans(X, initial_centres, steps):
    centres = np.array(initial_centres, dtype=float)
    for _ in range(steps):
        distances = np.sqrt(((X[:, np.newaxis, :] - centres[np.newaxis, :, :]) ** 2).sum(axis=2))
        labels = distances.argmin(axis=1)
        for j in range(len(centres)):
            members = X[labels == j]
            if len(members) > 0:
                centre = members.mean(axis=0)
    return centres, labels
