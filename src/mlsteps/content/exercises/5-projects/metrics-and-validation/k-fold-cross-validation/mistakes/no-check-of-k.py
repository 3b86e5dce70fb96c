import numpy as np


def kfold_mse(X, y, k):
    n = len(X)
    scores = []
    for rows in np.array_split(np.arange(n), max(k, 1)):
        test = np.zeros(n, dtype=bool)
        test[rows] = True
        A = np.column_stack([np.ones((~test).sum()), X[~test]])
        w = np.linalg.lstsq(A, y[~test], rcond=None)[0] if (~test).any() else np.zeros(A.shape[1])
        predictions = np.column_stack([np.ones(test.sum()), X[test]]) @ w
        scores.append(float(np.mean((y[test] - predictions) ** 2)) if test.any() else 0.0)
    return scores
