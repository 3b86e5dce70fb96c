import numpy as np


def numerical_gradient_of_quadratic(A, b, x, eps):
    """Estimate the gradient of f(x) = 0.5 * x @ A @ x - b @ x at x by central differences with step eps."""

    def f(v):
        return 0.5 * v @ A @ v - b @ v

    gradient = np.zeros(len(x))
    for i in range(len(x)):
        step = np.zeros(len(x))
        step[i] = eps
        gradient[i] = (f(x + step) - f(x - step)) / (2 * eps)
    return gradient
