import torch
from torch import nn

from mlsteps.data import digits_backbone


def fine_tune(X_train, y_train, seed):
    """Fine-tune the whole pretrained network on a new task: small steps for the backbone, larger for the head."""
    torch.manual_seed(seed)
    backbone = digits_backbone()
    head = nn.Linear(32, 2)
    model = nn.Sequential(backbone, head)
    # ... make an optimiser with two parameter groups, and train the whole network
    return model
