import numpy as np


def split(X, y, test_fraction, seed):
    """Shuffle the rows with the seed, put the first round(len(X) * test_fraction) of them in the test set."""
    order = np.random.default_rng(seed).permutation(len(X))
    n_test = round(len(X) * test_fraction)
    test, train = order[:n_test], order[n_test:]
    return X[train], X[test], y[train], y[test]
