import torch

MOVES = [(1, 0), (-1, 0), (0, 1), (0, -1)]


def shift(images, dx, dy):
    height, width = images.shape[-2:]
    out = torch.zeros_like(images)
    rows_from, rows_to = max(0, -dy), height - max(0, dy)
    cols_from, cols_to = max(0, -dx), width - max(0, dx)
    out[..., rows_from + dy : rows_to + dy, cols_from + dx : cols_to + dx] = images[
        ..., rows_from:rows_to, cols_from:cols_to
    ]
    return out


def augment(images, labels):
    blocks = [images] + [torch.roll(images, shifts=(dy, dx), dims=(-2, -1)) for dx, dy in MOVES]
    return torch.cat(blocks), labels.repeat(len(blocks))
