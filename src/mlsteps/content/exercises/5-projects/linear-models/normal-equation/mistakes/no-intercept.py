import numpy as np


def fit_linear(X, y):
    return np.linalg.solve(X.T @ X, X.T @ y)
