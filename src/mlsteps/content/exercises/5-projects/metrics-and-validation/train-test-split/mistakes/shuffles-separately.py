import numpy as np


def split(X, y, test_fraction, seed):
    generator = np.random.default_rng(seed)
    X_shuffled = X[generator.permutation(len(X))]
    y_shuffled = y[generator.permutation(len(y))]
    n_test = round(len(X) * test_fraction)
    return X_shuffled[n_test:], X_shuffled[:n_test], y_shuffled[n_test:], y_shuffled[:n_test]
