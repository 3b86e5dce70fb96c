import torch
from torch import nn


def train_digits(X_train, y_train, X_val, y_val, seed):
    """Train a small network to recognise 8×8 digit images, watching a validation set; return the network."""
    torch.manual_seed(seed)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    model = nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 10)).to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    X_train, y_train = X_train.to(device), y_train.to(device)
    X_val, y_val = X_val.to(device), y_val.to(device)

    for epoch in range(20):
        model.train()
        for batch in torch.randperm(len(X_train)).split(32):
            optimizer.zero_grad()
            loss = nn.functional.cross_entropy(model(X_train[batch]), y_train[batch])
            loss.backward()
            optimizer.step()

        model.eval()
        with torch.no_grad():
            accuracy = (model(X_val).argmax(dim=1) == y_val).float().mean().item()
        print(f"epoch {epoch + 1}: last batch loss {loss.item():.3f}, validation accuracy {accuracy:.3f}")

    return model.cpu()
