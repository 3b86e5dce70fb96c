import torch
from torch import nn


def shift(images, dx, dy):
    """A copy of a (n, channels, height, width) batch, moved dx pixels right and dy pixels down, filled with 0."""
    height, width = images.shape[-2:]
    out = torch.zeros_like(images)
    if abs(dx) >= width or abs(dy) >= height:
        return out
    rows_from, rows_to = max(0, -dy), height - max(0, dy)
    cols_from, cols_to = max(0, -dx), width - max(0, dx)
    kept = images[..., rows_from:rows_to, cols_from:cols_to]
    out[..., rows_from + dy : rows_to + dy, cols_from + dx : cols_to + dx] = kept
    return out


def make_network():
    return nn.Sequential(
        nn.Conv2d(1, 16, kernel_size=3, padding=1), nn.ReLU(), nn.MaxPool2d(2),  # (n, 16, 4, 4)
        nn.Conv2d(16, 32, kernel_size=3, padding=1), nn.ReLU(), nn.MaxPool2d(2),  # (n, 32, 2, 2)
        nn.Flatten(), nn.Linear(32 * 2 * 2, 10),
    )


def train_augmented(X_train, y_train, seed):
    """Train the network on the labelled images and augmented copies of them; return it, ready to predict."""
    torch.manual_seed(seed)
    moves = [(1, 0), (-1, 0), (0, 1), (0, -1)]  # one pixel right, left, down, up
    images = torch.cat([X_train] + [shift(X_train, dx, dy) for dx, dy in moves])
    labels = y_train.repeat(1 + len(moves))  # each copy keeps its original's label, in the same order
    model = make_network()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    for _ in range(30):
        model.train()
        for batch in torch.randperm(len(images)).split(64):
            optimizer.zero_grad()
            loss = nn.functional.cross_entropy(model(images[batch]), labels[batch])
            loss.backward()
            optimizer.step()
    return model
