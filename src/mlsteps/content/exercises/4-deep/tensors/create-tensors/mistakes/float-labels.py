import torch


def make_tensors(rows, cols):
    features = torch.arange(rows * cols, dtype=torch.float32).reshape(rows, cols)
    weights = torch.ones(cols, 1)
    labels = torch.zeros(rows)
    return features, weights, labels
