import torch


def make_tensors(rows, cols):
    """Return (features, weights, labels) with the shapes and dtypes the prompt asks for."""
    features = torch.arange(rows * cols, dtype=torch.float32).reshape(rows, cols)
    weights = torch.ones(cols, 1)  # float32 is the default for ones and zeros
    labels = torch.zeros(rows, dtype=torch.int64)
    return features, weights, labels
