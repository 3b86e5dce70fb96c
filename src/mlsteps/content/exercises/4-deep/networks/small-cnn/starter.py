import torch
from torch import nn


def train_cnn(X_train, y_train, seed):
    """Train a small convolutional network on 8×8 digit images, shaped (n, 1, 8, 8); return it."""
    torch.manual_seed(seed)
    # ... build a convolutional network here, then train it
    placeholder = nn.Sequential(nn.Flatten(), nn.Linear(64, 10))  # untrained: replace it with your network
    return placeholder
