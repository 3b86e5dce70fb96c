import numpy as np


def sgd_momentum(X, y, batch_size, lr, momentum, epochs, seed):
    rng = np.random.default_rng(seed)
    w = np.zeros(X.shape[1])
    for _ in range(epochs):
        order = rng.permutation(len(X))
        for start in range(0, len(X), batch_size):
            v = np.zeros(X.shape[1])
            batch = order[start : start + batch_size]
            Xb, yb = X[batch], y[batch]
            grad = 2 / len(batch) * Xb.T @ (Xb @ w - yb)
            v = momentum * v - lr * grad
            w = w + v
    return w
