import torch


def masked_mean(embeddings, mask):
    weights = mask.unsqueeze(-1).float()
    return (embeddings * weights).sum(dim=1) / weights.sum(dim=1)
