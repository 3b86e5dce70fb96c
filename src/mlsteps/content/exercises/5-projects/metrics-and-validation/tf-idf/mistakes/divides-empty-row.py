import re

import numpy as np


def tf_idf(documents):
    words = [re.findall(r"[a-z0-9]+", text.lower()) for text in documents]
    vocabulary = sorted({word for document in words for word in document})
    counts = np.array([[document.count(word) for word in vocabulary] for document in words], dtype=float)
    idf = np.log((1 + len(documents)) / (1 + (counts > 0).sum(axis=0))) + 1
    weights = counts * idf
    return vocabulary, weights / np.linalg.norm(weights, axis=1, keepdims=True)
