import numpy as np


def softmax(Z):
    exps = np.exp(Z - Z.max())
    return exps / exps.sum(axis=1, keepdims=True)
