import torch


def shift(images, dx, dy):
    out = torch.zeros_like(images)
    if dx >= 0:
        source = images[..., :-dx]
    else:
        source = images[..., -dx:]
    if dy >= 0:
        source = source[..., :-dy, :]
    else:
        source = source[..., -dy:, :]
    rows, cols = source.shape[-2:]
    top, left = max(dy, 0), max(dx, 0)
    out[..., top : top + rows, left : left + cols] = source
    return out
