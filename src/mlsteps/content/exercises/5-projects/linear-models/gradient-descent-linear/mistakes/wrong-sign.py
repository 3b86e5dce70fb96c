import numpy as np


def gradient_descent(X, y, learning_rate, steps):
    X1 = np.column_stack([np.ones(len(X)), X])
    w = np.zeros(X1.shape[1])
    for _ in range(steps):
        gradient = 2 / len(X1) * (X1.T @ (X1 @ w - y))
        w = w + learning_rate * gradient
    return w
