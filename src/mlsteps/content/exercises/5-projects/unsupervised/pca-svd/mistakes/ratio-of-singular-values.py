import numpy as np


def pca(X, k):
    centred = X - X.mean(axis=0)
    _, S, Vt = np.linalg.svd(centred, full_matrices=False)
    components = Vt[:k]
    for i in range(k):
        if components[i, np.argmax(np.abs(components[i]))] < 0:
            components[i] = -components[i]
    return centred @ components.T, S[:k] / S.sum()
