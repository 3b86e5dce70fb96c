import torch
from torch import nn

from mlsteps.data import digits_backbone

MOVES = [(1, 0), (-1, 0), (0, 1), (0, -1)]

def shift(images, dx, dy):
    """A copy of a (n, channels, height, width) batch, moved dx pixels right and dy pixels down, filled with 0."""
    height, width = images.shape[-2:]
    out = torch.zeros_like(images)
    rows_from, rows_to = max(0, -dy), height - max(0, dy)
    cols_from, cols_to = max(0, -dx), width - max(0, dx)
    out[..., rows_from + dy : rows_to + dy, cols_from + dx : cols_to + dx] = images[
        ..., rows_from:rows_to, cols_from:cols_to
    ]
    return out


def augment(images, labels):
    """The labelled images, then four shifted copies of them, block after block; and the labels to match."""
    blocks = [images] + [shift(images, dx, dy) for dx, dy in MOVES]
    return torch.cat(blocks), labels.repeat(len(blocks))


def fine_tune(X_train, y_train, seed):
    """The pretrained backbone and a new head, fine-tuned on the augmented labelled scans."""
    torch.manual_seed(seed)
    backbone = digits_backbone()
    head = nn.Linear(32, 10)
    model = nn.Sequential(backbone, head)
    images, labels = augment(X_train, y_train)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    model.train()
    for _ in range(200):
        optimizer.zero_grad()
        loss = nn.functional.cross_entropy(model(images), labels)
        loss.backward()
        optimizer.step()
    model.eval()
    return model
