import torch
from torch import nn


def train_regularised(X_train, y_train, seed):
    """Train a network on noisy labels, with dropout and weight decay to keep it from learning the noise."""
    torch.manual_seed(seed)
    model = nn.Sequential(
        nn.Linear(2, 128),
        nn.ReLU(),
        nn.Dropout(0.5),
        nn.Linear(128, 128),
        nn.ReLU(),
        nn.Dropout(0.5),
        nn.Linear(128, 2),
    )
    optimizer = torch.optim.AdamW(model.parameters(), lr=0.01, weight_decay=0.5)
    model.train()
    for _ in range(1000):
        optimizer.zero_grad()
        loss = nn.functional.cross_entropy(model(X_train), y_train)
        loss.backward()
        optimizer.step()
    return model
