import torch


def most_similar(embeddings, words, query, k):
    """The k words whose vectors point most nearly the same way as the query's: [(word, cosine similarity), ...]."""
    target = embeddings[words.index(query)]
    # ... one similarity per word, then the k largest
    return [(word, 0.0) for word in words[:k]]
