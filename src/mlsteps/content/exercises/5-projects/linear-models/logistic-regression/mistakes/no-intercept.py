import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def logistic_regression(X, y, X_new, learning_rate, steps):
    w = np.zeros(X.shape[1])
    for _ in range(steps):
        p = sigmoid(X @ w)
        w = w - learning_rate * X.T @ (p - y) / len(y)
    return (sigmoid(X_new @ w) >= 0.5).astype(int)
