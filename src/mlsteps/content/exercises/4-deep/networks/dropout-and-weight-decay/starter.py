import torch
from torch import nn


def train_regularised(X_train, y_train, seed):
    """Train a network on noisy labels, with dropout and weight decay to keep it from learning the noise."""
    torch.manual_seed(seed)
    # This network has nothing to hold it back: add dropout after each hidden layer, and weight decay.
    model = nn.Sequential(
        nn.Linear(2, 128),
        nn.ReLU(),
        nn.Linear(128, 128),
        nn.ReLU(),
        nn.Linear(128, 2),
    )
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    model.train()
    for _ in range(1000):
        optimizer.zero_grad()
        loss = nn.functional.cross_entropy(model(X_train), y_train)
        loss.backward()
        optimizer.step()
    model.eval()
    return model
