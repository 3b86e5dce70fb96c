import numpy as np


def logistic_loss_and_gradient(w, X, y):
    p = 1 / (1 + np.exp(-(X @ w)))
    loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    gradient = X.T @ (y - p) / len(y)
    return loss, gradient
