import torch


def clip_gradients(gradients, max_norm):
    total = torch.sqrt(sum((gradient**2).sum() for gradient in gradients))
    return [gradient.clamp(-max_norm, max_norm) for gradient in gradients], float(total)
