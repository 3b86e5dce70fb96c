import torch
from torch import nn


def weighted_bce(logits, targets):
    positives = targets.sum(dim=0)
    negatives = len(targets) - positives
    pos_weight = torch.where(positives > 0, positives / negatives.clamp(min=1), torch.ones_like(positives))
    loss = nn.BCEWithLogitsLoss(pos_weight=pos_weight)(logits, targets)
    return pos_weight, loss
