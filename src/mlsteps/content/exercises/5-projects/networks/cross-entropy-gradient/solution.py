import numpy as np


def softmax(Z):
    exps = np.exp(Z - Z.max(axis=1, keepdims=True))
    return exps / exps.sum(axis=1, keepdims=True)


def cross_entropy_and_gradient(Z, y):
    """Return (mean cross-entropy of softmax(Z) against the labels y, its gradient with respect to Z)."""
    n = len(y)
    probs = softmax(Z)
    loss = -np.mean(np.log(probs[np.arange(n), y]))
    one_hot = np.zeros_like(probs)
    one_hot[np.arange(n), y] = 1
    gradient = (probs - one_hot) / n
    return float(loss), gradient
