import torch


def shift(images, dx, dy):
    height, width = images.shape[-2:]
    out = torch.zeros_like(images)
    if abs(dx) >= height or abs(dy) >= width:
        return out
    rows_from, rows_to = max(0, -dx), height - max(0, dx)
    cols_from, cols_to = max(0, -dy), width - max(0, dy)
    out[..., rows_from + dx : rows_to + dx, cols_from + dy : cols_to + dy] = images[..., rows_from:rows_to, cols_from:cols_to]
    return out
