import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def logistic_regression(X, y, X_new, learning_rate, steps):
    X1 = np.column_stack([np.ones(len(X)), X])
    w = np.zeros(X1.shape[1])
    for _ in range(steps):
        p = sigmoid(X1 @ w)
        w = w + learning_rate * X1.T @ (p - y) / len(y)
    X1_new = np.column_stack([np.ones(len(X_new)), X_new])
    return (sigmoid(X1_new @ w) >= 0.5).astype(int)
