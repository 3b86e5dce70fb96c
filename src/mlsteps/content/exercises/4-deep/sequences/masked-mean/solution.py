def masked_mean(embeddings, mask):
    """The mean of each sentence's word vectors (n, length, dim) over its real words only: (n, dim)."""
    weights = mask.unsqueeze(-1).to(embeddings.dtype)  # (n, length, 1): 1 for a word, 0 for padding
    total = (embeddings * weights).sum(dim=1)
    count = weights.sum(dim=1).clamp(min=1)  # an empty sentence: 0 / 1 = 0, not 0 / 0
    return total / count
