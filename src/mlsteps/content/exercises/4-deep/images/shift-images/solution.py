import torch


def shift(images, dx, dy):
    """A copy of a (n, channels, height, width) batch, moved dx pixels right and dy pixels down, filled with 0."""
    height, width = images.shape[-2:]
    out = torch.zeros_like(images)  # what moves in from outside the frame is 0
    if abs(dx) >= width or abs(dy) >= height:
        return out  # everything was pushed out
    rows_from, rows_to = max(0, -dy), height - max(0, dy)  # the rows that stay in the frame
    cols_from, cols_to = max(0, -dx), width - max(0, dx)
    kept = images[..., rows_from:rows_to, cols_from:cols_to]
    out[..., rows_from + dy : rows_to + dy, cols_from + dx : cols_to + dx] = kept
    return out
