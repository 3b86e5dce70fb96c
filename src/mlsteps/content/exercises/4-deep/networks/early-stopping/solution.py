import copy

import torch
from torch import nn

MAX_EPOCHS = 500


def train_with_early_stopping(X_train, y_train, X_val, y_val, patience, seed):
    """Train until the validation loss stops improving for `patience` epochs; keep the best weights."""
    torch.manual_seed(seed)
    model = nn.Sequential(nn.Linear(1, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 1))
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)

    val_losses = []
    best_loss, best_epoch, best_weights = float("inf"), 0, None
    for epoch in range(1, MAX_EPOCHS + 1):
        model.train()
        optimizer.zero_grad()
        loss = nn.functional.mse_loss(model(X_train), y_train)
        loss.backward()
        optimizer.step()

        model.eval()
        with torch.no_grad():
            val_loss = nn.functional.mse_loss(model(X_val), y_val).item()
        val_losses.append(val_loss)

        if val_loss < best_loss:
            best_loss, best_epoch = val_loss, epoch
            best_weights = copy.deepcopy(model.state_dict())  # a copy: the model's own tensors keep changing
        elif epoch - best_epoch == patience:
            break

    model.load_state_dict(best_weights)
    model.eval()
    with torch.no_grad():
        restored_val_loss = nn.functional.mse_loss(model(X_val), y_val).item()
    return {"best_epoch": best_epoch, "val_losses": val_losses, "restored_val_loss": restored_val_loss}
