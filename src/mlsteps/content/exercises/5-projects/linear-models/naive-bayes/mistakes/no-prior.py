import numpy as np


def gnb_predict(X_train, y_train, X_new):
    classes = np.unique(y_train)
    epsilon = 1e-9 * X_train.var(axis=0).max()
    scores = []
    for c in classes:
        rows = X_train[y_train == c]
        mean = rows.mean(axis=0)
        var = rows.var(axis=0) + epsilon
        scores.append(-0.5 * np.sum(np.log(2 * np.pi * var) + (X_new - mean) ** 2 / var, axis=1))
    return classes[np.argmax(scores, axis=0)]
