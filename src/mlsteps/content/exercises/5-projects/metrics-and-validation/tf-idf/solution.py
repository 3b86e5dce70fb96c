import re

import numpy as np


def tf_idf(documents):
    """Return (vocabulary, weights): the sorted words and one row of TF-IDF weights per document."""
    words = [re.findall(r"[a-z0-9]+", text.lower()) for text in documents]
    vocabulary = sorted({word for document in words for word in document})
    column = {word: index for index, word in enumerate(vocabulary)}
    counts = np.zeros((len(documents), len(vocabulary)))
    for row, document in enumerate(words):
        for word in document:
            counts[row, column[word]] += 1
    document_frequency = (counts > 0).sum(axis=0)
    idf = np.log((1 + len(documents)) / (1 + document_frequency)) + 1
    weights = counts * idf
    lengths = np.linalg.norm(weights, axis=1, keepdims=True)
    return vocabulary, np.divide(weights, lengths, out=np.zeros_like(weights), where=lengths > 0)
