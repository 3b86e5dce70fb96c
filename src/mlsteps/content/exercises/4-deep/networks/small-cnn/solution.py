import torch
from torch import nn


def train_cnn(X_train, y_train, seed):
    """Train a small convolutional network on 8×8 digit images, shaped (n, 1, 8, 8); return it."""
    torch.manual_seed(seed)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    model = nn.Sequential(
        nn.Conv2d(1, 16, kernel_size=3, padding=1),  # (n, 1, 8, 8) -> (n, 16, 8, 8): 16 small pattern detectors
        nn.ReLU(),
        nn.MaxPool2d(2),  # -> (n, 16, 4, 4): keep the strongest answer in each 2×2 square
        nn.Flatten(),  # -> (n, 256): 16 * 4 * 4 numbers per image
        nn.Linear(16 * 4 * 4, 10),  # -> (n, 10): one score per digit
    ).to(device)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    X_train, y_train = X_train.to(device), y_train.to(device)
    for _ in range(10):
        model.train()
        for batch in torch.randperm(len(X_train)).split(32):
            optimizer.zero_grad()
            loss = nn.functional.cross_entropy(model(X_train[batch]), y_train[batch])
            loss.backward()
            optimizer.step()
    model.eval()
    return model.cpu()
