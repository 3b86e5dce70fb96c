import numpy as np


def gradient_descent(X, y, learning_rate, steps):
    """Fit y ≈ w0 + w1·x1 + ... + wk·xk by batch gradient descent from all-zero weights; return the weights."""
    X1 = np.column_stack([np.ones(len(X)), X])
    w = np.zeros(X1.shape[1])
    for _ in range(steps):
        errors = X1 @ w - y
        gradient = 2 / len(X1) * (X1.T @ errors)
        w = w - learning_rate * gradient
    return w
