import torch


def clip_gradients(gradients, max_norm):
    total = torch.sqrt(sum((gradient**2).sum() for gradient in gradients))
    clipped = []
    for gradient in gradients:
        norm = gradient.norm()
        clipped.append(gradient * max_norm / norm if norm > max_norm else gradient.clone())
    return clipped, float(total)
