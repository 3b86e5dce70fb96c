import re

import numpy as np


def tf_idf(documents):
    words = [set(re.findall(r"[a-z0-9]+", text.lower())) for text in documents]
    vocabulary = sorted(set().union(*words))
    present = np.array([[word in document for word in vocabulary] for document in words], dtype=float)
    idf = np.log((1 + len(documents)) / (1 + present.sum(axis=0))) + 1
    weights = present * idf
    lengths = np.linalg.norm(weights, axis=1, keepdims=True)
    lengths[lengths == 0] = 1
    return vocabulary, weights / lengths
