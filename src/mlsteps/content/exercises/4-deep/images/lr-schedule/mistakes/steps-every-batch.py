import torch
from torch import nn


def train_with_schedule(X, y, epochs, milestones, gamma, seed):
    """Train a linear classifier with SGD whose learning rate drops at the milestones; return (rates, weights)."""
    torch.manual_seed(seed)
    model = nn.Linear(X.shape[1], 2)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
    scheduler = torch.optim.lr_scheduler.MultiStepLR(optimizer, milestones=milestones, gamma=gamma)
    rates = []
    for _ in range(epochs):
        rates.append(optimizer.param_groups[0]["lr"])
        for batch in torch.randperm(len(X)).split(16):
            optimizer.zero_grad()
            loss = nn.functional.cross_entropy(model(X[batch]), y[batch])
            loss.backward()
            optimizer.step()
            scheduler.step()
    return rates, model.weight.detach()
