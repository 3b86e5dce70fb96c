import numpy as np


def pca(X, k):
    """Project X onto its first k principal components; return (projected, explained variance ratios)."""
    centred = X - X.mean(axis=0)
    _, singular_values, Vt = np.linalg.svd(centred, full_matrices=False)
    components = Vt[:k]
    largest = np.argmax(np.abs(components), axis=1)  # where each component has its biggest entry
    signs = np.sign(components[np.arange(k), largest])
    components = components * signs[:, np.newaxis]  # make that entry positive
    variances = singular_values**2
    return centred @ components.T, variances[:k] / variances.sum()
