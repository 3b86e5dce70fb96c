import numpy as np


def sgd_momentum(X, y, batch_size, lr, momentum, epochs, seed):
    """Fit linear regression weights w (ŷ = X @ w) by mini-batch gradient descent with momentum."""
    # One generator, w and v start at zero; each epoch: a new order, then the batches in that order.
    return np.zeros(X.shape[1])
