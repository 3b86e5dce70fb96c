import torch
from torch import nn


def weighted_bce(logits, targets):
    """pos_weight for each column of 0/1 targets (negatives / positives), and the mean loss it gives."""
    positives = targets.sum(dim=0)
    negatives = len(targets) - positives
    pos_weight = torch.where(positives > 0, negatives / positives.clamp(min=1), torch.ones_like(positives))
    loss = nn.BCEWithLogitsLoss(pos_weight=pos_weight)(logits, targets)
    return pos_weight, loss
