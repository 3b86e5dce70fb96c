import torch


def make_tensors(rows, cols):
    features = torch.arange(rows * cols, dtype=torch.float32).reshape(rows, cols)
    weights = torch.ones(cols)
    labels = torch.zeros(rows, dtype=torch.int64)
    return features, weights, labels
