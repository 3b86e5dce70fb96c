import torch


def most_similar(embeddings, words, query, k):
    target = embeddings[words.index(query)]
    lengths = embeddings.norm(dim=1) * target.norm()
    similarity = torch.where(lengths > 0, embeddings @ target / lengths.clamp(min=1e-12), torch.zeros(()))
    ranked = sorted(
        ((word, float(value)) for word, value in zip(words, similarity, strict=True)),
        key=lambda pair: (-pair[1], pair[0]),
    )
    return ranked[:k]
