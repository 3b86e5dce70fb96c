import torch
from torch import nn


def make_model():
    return nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 3))


def make_optimizer(model):
    return torch.optim.Adam(model.parameters(), lr=0.05)


def train_epochs(model, optimizer, X, y, first, last):
    """Epochs first, first + 1, ..., last - 1: one full-batch step each."""
    for _ in range(first, last):
        optimizer.zero_grad()
        loss = nn.functional.cross_entropy(model(X), y)
        loss.backward()
        optimizer.step()


def save_checkpoint(path, model, optimizer, epoch):
    """Save everything needed to carry on training later, as if it had never stopped."""
    torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict(), "epoch": epoch}, path)


def load_checkpoint(path):
    """A new model and optimizer, carrying on from the checkpoint: (model, optimizer, epoch to start from)."""
    model = make_model()
    optimizer = make_optimizer(model)
    saved = torch.load(path, weights_only=True)
    optimizer.load_state_dict(saved["optimizer"])
    return model, optimizer, saved["epoch"]


def train_with_break(X, y, seed, total_epochs, stop_after):
    """Train for total_epochs, stopping after stop_after to save a checkpoint and resume from it in new objects."""
    torch.manual_seed(seed)
    model = make_model()
    optimizer = make_optimizer(model)
    train_epochs(model, optimizer, X, y, 0, stop_after)
    save_checkpoint("checkpoint.pt", model, optimizer, stop_after)
    del model, optimizer
    torch.manual_seed(seed + 1)
    model, optimizer, epoch = load_checkpoint("checkpoint.pt")
    adam_steps = max((int(state["step"]) for state in optimizer.state.values()), default=0)
    train_epochs(model, optimizer, X, y, epoch, total_epochs)
    return [weights.detach() for weights in model.parameters()], epoch, adam_steps
