import numpy as np


def average_ranks(values):
    """Ranks from 1 (the smallest value) upwards; equal values share the average of their ranks."""
    order = np.argsort(values, kind="stable")
    ranks = np.empty(len(values))
    ranks[order] = np.arange(1, len(values) + 1)
    for value in np.unique(values):
        tied = values == value
        ranks[tied] = ranks[tied].mean()
    return ranks


def roc_auc(y_true, scores):
    """Return the ROC AUC of the scores: the chance that a random positive outscores a random negative."""
    positive = np.asarray(y_true) == 1
    n_pos, n_neg = int(positive.sum()), int((~positive).sum())
    if n_pos == 0 or n_neg == 0:
        raise ValueError("the ROC AUC needs both classes in y_true")
    ranks = average_ranks(np.asarray(scores, dtype=float))
    return float((ranks[positive].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
