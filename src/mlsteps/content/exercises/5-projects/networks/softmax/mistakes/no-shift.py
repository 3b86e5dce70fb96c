import numpy as np


def softmax(Z):
    exps = np.exp(Z)
    return exps / exps.sum(axis=1, keepdims=True)
