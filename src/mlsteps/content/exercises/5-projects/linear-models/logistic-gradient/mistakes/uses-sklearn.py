import numpy as np
from sklearn.metrics import log_loss


def logistic_loss_and_gradient(w, X, y):
    p = 1 / (1 + np.exp(-(X @ w)))
    return log_loss(y, p, labels=[0, 1]), X.T @ (p - y) / len(y)
