import numpy as np


def cross_entropy_and_gradient(Z, y):
    n = len(y)
    exps = np.exp(Z - Z.max(axis=1, keepdims=True))
    probs = exps / exps.sum(axis=1, keepdims=True)
    loss = -np.mean(np.log(probs[np.arange(n), y]))
    one_hot = np.zeros_like(probs)
    one_hot[np.arange(n), y] = 1
    return loss, probs - one_hot
