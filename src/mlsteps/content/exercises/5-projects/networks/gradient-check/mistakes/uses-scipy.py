from scipy.optimize import approx_fprime


def numerical_gradient_of_quadratic(A, b, x, eps):
    return approx_fprime(x, lambda v: 0.5 * v @ A @ v - b @ v, eps)
