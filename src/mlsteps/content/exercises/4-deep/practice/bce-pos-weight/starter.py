import torch
from torch import nn


def weighted_bce(logits, targets):
    """pos_weight for each column of 0/1 targets (negatives / positives), and the mean loss it gives."""
    pos_weight = torch.ones(targets.shape[1])  # ... one weight per column
    loss = nn.BCEWithLogitsLoss()(logits, targets)  # ... that does not use the weights yet
    return pos_weight, loss
