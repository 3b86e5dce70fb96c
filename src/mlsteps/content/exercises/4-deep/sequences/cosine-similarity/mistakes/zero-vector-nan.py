import torch


def most_similar(embeddings, words, query, k):
    target = embeddings[words.index(query)]
    lengths = embeddings.norm(dim=1) * target.norm()
    similarity = embeddings @ target / lengths
    ranked = sorted(
        ((word, float(value)) for word, value in zip(words, similarity, strict=True) if word != query),
        key=lambda pair: (-pair[1], pair[0]),
    )
    return ranked[:k]
