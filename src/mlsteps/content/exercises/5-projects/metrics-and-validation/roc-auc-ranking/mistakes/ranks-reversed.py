import numpy as np


def roc_auc(y_true, scores):
    positive = y_true == 1
    n_pos, n_neg = positive.sum(), (~positive).sum()
    if n_pos == 0 or n_neg == 0:
        raise ValueError("need both classes")
    wins = 0.0
    for p in scores[positive]:
        for q in scores[~positive]:
            wins += 1.0 if p < q else 0.5 if p == q else 0.0
    return wins / (n_pos * n_neg)
