import torch
from torch import nn

from mlsteps.data import digits_backbone


def train_frozen(X_train, y_train, seed):
    """A pretrained backbone, frozen, with a new head trained to say whether a digit image shows a prime."""
    torch.manual_seed(seed)
    backbone = digits_backbone()  # pretrained: it already turns an image into 32 useful numbers
    backbone.requires_grad_(False)  # frozen: training leaves its weights as they are
    head = nn.Linear(32, 2)  # new, untrained: 32 features in, 2 scores out (not prime, prime)
    model = nn.Sequential(backbone, head)
    optimizer = torch.optim.Adam(head.parameters(), lr=0.01)
    for _ in range(100):
        optimizer.zero_grad()
        loss = nn.functional.cross_entropy(model(X_train), y_train)
        loss.backward()
        optimizer.step()
    model.eval()
    return model
