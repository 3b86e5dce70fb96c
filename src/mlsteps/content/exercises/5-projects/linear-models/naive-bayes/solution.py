import numpy as np


def gnb_predict(X_train, y_train, X_new):
    """Predict the label of every row of X_new with Gaussian naive Bayes fitted on X_train and y_train."""
    classes = np.unique(y_train)
    epsilon = 1e-9 * X_train.var(axis=0).max()
    scores = []
    for c in classes:
        rows = X_train[y_train == c]
        mean = rows.mean(axis=0)
        var = rows.var(axis=0) + epsilon
        log_prior = np.log(len(rows) / len(X_train))
        log_density = -0.5 * np.sum(np.log(2 * np.pi * var) + (X_new - mean) ** 2 / var, axis=1)
        scores.append(log_prior + log_density)
    return classes[np.argmax(scores, axis=0)]
