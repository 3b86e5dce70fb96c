import numpy as np


def numerical_gradient_of_quadratic(A, b, x, eps):
    def f(v):
        return 0.5 * v @ A @ v - b @ v

    gradient = np.zeros(len(x))
    for i in range(len(x)):
        step = np.zeros(len(x))
        step[i] = eps
        gradient[i] = (f(x + step) - f(x)) / eps
    return gradient
