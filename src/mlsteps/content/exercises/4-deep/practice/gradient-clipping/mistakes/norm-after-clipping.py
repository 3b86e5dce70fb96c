import torch


def clip_gradients(gradients, max_norm):
    total = torch.sqrt(sum((gradient**2).sum() for gradient in gradients))
    scale = max_norm / (total + 1e-6)
    if scale >= 1:
        return [gradient.clone() for gradient in gradients], float(total)
    clipped = [gradient * scale for gradient in gradients]
    return clipped, float(torch.sqrt(sum((gradient**2).sum() for gradient in clipped)))
