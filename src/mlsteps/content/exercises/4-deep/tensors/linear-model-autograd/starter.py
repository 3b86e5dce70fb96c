import torch

STEPS = 200


def train_linear(X, y):
    """Fit y ≈ X @ w + b by 200 steps of SGD from w = 0, b = 0; return tensor [w..., b] (no gradient tracking)."""
    w = torch.zeros(X.shape[1], requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    # Make the optimizer, then write the training loop here.
    return torch.cat([w, b]).detach()
