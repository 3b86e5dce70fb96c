import numpy as np


def softmax(Z):
    exps = np.exp(Z - Z.max(axis=0))
    return exps / exps.sum(axis=0)
