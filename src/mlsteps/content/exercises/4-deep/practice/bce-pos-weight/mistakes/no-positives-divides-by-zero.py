import torch
from torch import nn


def weighted_bce(logits, targets):
    positives = targets.sum(dim=0)
    negatives = len(targets) - positives
    pos_weight = negatives / positives
    loss = nn.BCEWithLogitsLoss(pos_weight=pos_weight)(logits, targets)
    return pos_weight, loss
