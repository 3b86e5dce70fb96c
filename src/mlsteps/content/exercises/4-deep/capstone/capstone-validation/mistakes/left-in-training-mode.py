import copy

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


def accuracy(model, images, labels):
    """The share of images the model gets right, measured in evaluation mode, without gradients."""
    model.eval()
    with torch.no_grad():
        return (model(images).argmax(dim=1) == labels).float().mean().item()


def fine_tune_with_validation(X_train, y_train, X_val, y_val, seed):
    """Part 3's fine-tuning for 200 steps; return the snapshot that scores best on the validation scans."""
    torch.manual_seed(seed)
    backbone = digits_backbone()
    head = nn.Linear(32, 10)
    model = nn.Sequential(backbone, head)
    images, labels = augment(X_train, y_train)
    optimizer = torch.optim.Adam(
        [{"params": backbone.parameters(), "lr": 0.001}, {"params": head.parameters(), "lr": 0.01}]
    )
    best_score, best_weights = -1.0, None
    for step in range(1, 201):
        model.train()
        optimizer.zero_grad()
        loss = nn.functional.cross_entropy(model(images), labels)
        loss.backward()
        optimizer.step()
        if step >= 100 and step % 25 == 0:
            score = accuracy(model, X_val, y_val)
            if score > best_score:
                best_score, best_weights = score, copy.deepcopy(model.state_dict())
    model.load_state_dict(best_weights)
    model.train()
    return model
