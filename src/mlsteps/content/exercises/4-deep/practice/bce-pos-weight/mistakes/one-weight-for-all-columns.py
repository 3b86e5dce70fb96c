import torch
from torch import nn


def weighted_bce(logits, targets):
    positives = targets.sum()
    negatives = targets.numel() - positives
    pos_weight = (negatives / positives).expand(targets.shape[1])
    loss = nn.BCEWithLogitsLoss(pos_weight=pos_weight)(logits, targets)
    return pos_weight, loss
