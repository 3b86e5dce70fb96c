import random

import numpy as np
import torch
from torch import nn


def train_run(X, y, seed):
    """Train a small network on noisy copies of X; return the run's record: (start, noise, first order, final)."""
    # ... every source of randomness below must follow from `seed`
    model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Dropout(0.2), nn.Linear(16, 3))  # random weights
    start = model[0].weight.detach().clone()
    noise_maker = np.random.default_rng()  # NumPy's random numbers
    noise = torch.tensor(noise_maker.normal(0, 0.1, size=tuple(X.shape)), dtype=torch.float32)
    shuffler = random.Random()  # Python's random numbers
    order = list(range(len(X)))
    orders = []
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    model.train()
    for _ in range(5):
        shuffler.shuffle(order)
        orders.append(list(order))
        for first in range(0, len(order), 16):
            batch = order[first : first + 16]
            optimizer.zero_grad()
            loss = nn.functional.cross_entropy(model(X[batch] + noise[batch]), y[batch])  # dropout: random too
            loss.backward()
            optimizer.step()
    return start, noise, orders[0], model[3].weight.detach()
