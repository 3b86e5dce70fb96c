import torch


def masked_mean(embeddings, mask):
    return embeddings.mean(dim=1)
