import torch


def batch_norm(x, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    """Batch normalisation of x (n, features), as nn.BatchNorm1d(affine=False): (out, new mean, new variance)."""
    if not training:
        out = (x - running_mean) / torch.sqrt(running_var + eps)
        return out, running_mean.clone(), running_var.clone()
    mean = x.mean(dim=0)
    out = (x - mean) / torch.sqrt(x.var(dim=0, unbiased=False) + eps)
    new_mean = (1 - momentum) * running_mean + momentum * mean
    new_var = (1 - momentum) * running_var + momentum * x.var(dim=0, unbiased=False)
    return out, new_mean, new_var
