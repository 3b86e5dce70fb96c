import torch


def batch_norm(x, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    """Batch normalisation of x (n, features), as nn.BatchNorm1d(affine=False): (out, new mean, new variance)."""
    # ... one path for training, one for evaluation
    return x, running_mean, running_var
