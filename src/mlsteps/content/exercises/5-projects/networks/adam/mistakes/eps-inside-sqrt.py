import numpy as np


def adam(X, y, lr, steps, beta1, beta2, eps):
    """Fit linear regression weights w (ŷ = X @ w) with Adam on the mean squared error of all the rows."""
    w = np.zeros(X.shape[1])
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for t in range(1, steps + 1):
        grad = 2 / len(X) * X.T @ (X @ w - y)
        m = beta1 * m + (1 - beta1) * grad
        v = beta2 * v + (1 - beta2) * grad**2
        m_hat = m / (1 - beta1**t)
        v_hat = v / (1 - beta2**t)
        w = w - lr * m_hat / np.sqrt(v_hat + eps)
    return w
