import numpy as np


def logistic_loss_and_gradient(w, X, y):
    """Return (mean log-loss, gradient) of logistic regression with weights w on the rows X and the 0/1 answers y."""
    p = 1 / (1 + np.exp(-(X @ w)))
    loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    gradient = X.T @ (p - y) / len(y)
    return float(loss), gradient
