import numpy as np


def one_hot(labels, categories):
    encoded = np.zeros((len(labels), len(categories)), dtype=int)
    for i, label in enumerate(labels):
        encoded[i, categories.index(label)] = 1
    return encoded
