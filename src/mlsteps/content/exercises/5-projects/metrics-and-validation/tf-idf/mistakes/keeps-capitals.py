import re

import numpy as np


def tf_idf(documents):
    words = [re.findall(r"[A-Za-z0-9]+", text) for text in documents]
    vocabulary = sorted({word for document in words for word in document})
    counts = np.array([[document.count(word) for word in vocabulary] for document in words], dtype=float)
    idf = np.log((1 + len(documents)) / (1 + (counts > 0).sum(axis=0))) + 1
    weights = counts * idf
    lengths = np.linalg.norm(weights, axis=1, keepdims=True)
    lengths[lengths == 0] = 1
    return vocabulary, weights / lengths
