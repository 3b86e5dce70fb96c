import torch


def clip_gradients(gradients, max_norm):
    """Scale a list of gradient tensors so their joint norm is at most max_norm: (new gradients, norm before)."""
    total = torch.sqrt(sum((gradient**2).sum() for gradient in gradients))  # one norm for all of them together
    scale = max_norm / (total + 1e-6)
    if scale >= 1:
        return [gradient.clone() for gradient in gradients], float(total)  # short enough: left as they are
    return [gradient * scale for gradient in gradients], float(total)  # same direction, shorter step
