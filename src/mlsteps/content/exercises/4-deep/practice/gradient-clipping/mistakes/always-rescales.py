import torch


def clip_gradients(gradients, max_norm):
    total = torch.sqrt(sum((gradient**2).sum() for gradient in gradients))
    scale = max_norm / (total + 1e-6)
    return [gradient * scale for gradient in gradients], float(total)
