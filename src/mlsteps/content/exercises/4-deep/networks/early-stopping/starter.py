import copy

import torch
from torch import nn

MAX_EPOCHS = 500


def train_with_early_stopping(X_train, y_train, X_val, y_val, patience, seed):
    """Train until the validation loss stops improving for `patience` epochs; keep the best weights."""
    torch.manual_seed(seed)
    model = nn.Sequential(nn.Linear(1, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 1))
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)

    for epoch in range(1, MAX_EPOCHS + 1):
        model.train()
        optimizer.zero_grad()
        loss = nn.functional.mse_loss(model(X_train), y_train)
        loss.backward()
        optimizer.step()

        model.eval()
        with torch.no_grad():
            val_loss = nn.functional.mse_loss(model(X_val), y_val).item()
        # ... write here: keep every val_loss, remember the best epoch and a copy of its weights,
        # and stop once `patience` epochs have passed without a new best

    # ... then put the best weights back, measure their validation loss, and return the dict the prompt shows
    return None
