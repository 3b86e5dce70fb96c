import torch


def most_similar(embeddings, words, query, k):
    """The k words whose vectors point most nearly the same way as the query's: [(word, cosine similarity), ...]."""
    target = embeddings[words.index(query)]
    lengths = embeddings.norm(dim=1) * target.norm()
    similarity = torch.where(lengths > 0, embeddings @ target / lengths.clamp(min=1e-12), torch.zeros(()))
    ranked = sorted(
        ((word, float(value)) for word, value in zip(words, similarity, strict=True) if word != query),
        key=lambda pair: (-pair[1], pair[0]),  # the most similar first; ties in alphabetical order
    )
    return ranked[:k]
