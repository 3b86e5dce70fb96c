import numpy as np


def pca(X, k):
    centred = X - X.mean(axis=0)
    _, S, Vt = np.linalg.svd(centred, full_matrices=False)
    return centred @ Vt[:k].T, S[:k] ** 2 / (S**2).sum()
