import numpy as np


def one_hot(labels, categories):
    seen = []
    for label in labels:
        if label in categories and label not in seen:
            seen.append(label)
    encoded = np.zeros((len(labels), len(categories)), dtype=int)
    for i, label in enumerate(labels):
        if label in seen:
            encoded[i, seen.index(label)] = 1
    return encoded
