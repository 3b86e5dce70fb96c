import torch


def mse_gradient(X, y, w):
    """Return the gradient of ((X @ w - y) ** 2).mean() with respect to w, found by autograd."""
    # Make a copy of w that tracks gradients, compute the loss, call backward, return the gradient.
    return torch.zeros_like(w)
