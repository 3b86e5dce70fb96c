import numpy as np


def pca(X, k):
    _, S, Vt = np.linalg.svd(X, full_matrices=False)
    components = Vt[:k]
    for i in range(k):
        if components[i, np.argmax(np.abs(components[i]))] < 0:
            components[i] = -components[i]
    return X @ components.T, S[:k] ** 2 / (S**2).sum()
