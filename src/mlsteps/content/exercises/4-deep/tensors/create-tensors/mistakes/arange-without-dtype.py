import torch


def make_tensors(rows, cols):
    features = torch.arange(rows * cols).reshape(rows, cols)
    weights = torch.ones(cols, 1)
    labels = torch.zeros(rows, dtype=torch.int64)
    return features, weights, labels
