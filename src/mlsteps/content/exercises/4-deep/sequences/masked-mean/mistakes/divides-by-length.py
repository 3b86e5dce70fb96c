import torch


def masked_mean(embeddings, mask):
    total = (embeddings * mask.unsqueeze(-1)).sum(dim=1)
    return total / embeddings.shape[1]
