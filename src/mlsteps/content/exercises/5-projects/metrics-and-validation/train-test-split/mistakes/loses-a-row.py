import numpy as np


def split(X, y, test_fraction, seed):
    order = np.random.default_rng(seed).permutation(len(X))
    n_test = round(len(X) * test_fraction)
    test = order[:n_test]
    train = order[n_test + 1 :]
    return X[train], X[test], y[train], y[test]
