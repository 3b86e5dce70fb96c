import numpy as np


def fold_sizes(n, k):
    """n // k rows per fold, and one more for each of the first n % k folds."""
    base, extra = divmod(n, k)
    return [base + 1 if fold < extra else base for fold in range(k)]


def fit_and_predict(X_train, y_train, X_test):
    """A least-squares line with an intercept, fitted on the training rows, predicting the test rows."""
    design = np.column_stack([np.ones(len(X_train)), X_train])
    weights = np.linalg.lstsq(design, y_train, rcond=None)[0]
    return np.column_stack([np.ones(len(X_test)), X_test]) @ weights


def kfold_mse(X, y, k):
    """Return the mean squared error of a least-squares line on each of k consecutive folds."""
    n = len(X)
    if not 2 <= k <= n:
        raise ValueError(f"k must be between 2 and the number of rows ({n}), not {k}")
    scores, start = [], 0
    for size in fold_sizes(n, k):
        test = np.zeros(n, dtype=bool)
        test[start : start + size] = True
        predictions = fit_and_predict(X[~test], y[~test], X[test])
        scores.append(float(np.mean((y[test] - predictions) ** 2)))
        start += size
    return scores
