import numpy as np


def logistic_loss_and_gradient(w, X, y):
    scores = X @ w
    p = 1 / (1 + np.exp(-scores))
    loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    gradient = X.T @ (scores - y) / len(y)
    return loss, gradient
