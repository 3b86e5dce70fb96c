import numpy as np


def softmax(Z):
    exps = np.exp(Z - Z.max(axis=1, keepdims=True))
    return exps / exps.sum(axis=1, keepdims=True)


def cross_entropy(logits, y):
    probs = softmax(logits)
    return -np.mean(np.log(probs[np.arange(len(y)), y]))


def cross_entropy_and_gradient(Z, y):
    n = len(y)
    probs = softmax(Z)
    loss = cross_entropy(probs, y)
    one_hot = np.zeros_like(probs)
    one_hot[np.arange(n), y] = 1
    return loss, (softmax(probs) - one_hot) / n
