import numpy as np


def roc_auc(y_true, scores):
    positive = y_true == 1
    n_pos, n_neg = positive.sum(), (~positive).sum()
    if n_pos == 0 or n_neg == 0:
        return 0.5
    wins = 0.0
    for p in scores[positive]:
        wins += np.sum(p > scores[~positive]) + 0.5 * np.sum(p == scores[~positive])
    return float(wins / (n_pos * n_neg))
