import numpy as np


def threshold_for_recall(y_true, scores, target_recall):
    y_true = np.asarray(y_true)
    scores = np.asarray(scores, dtype=float)
    positives = (y_true == 1).sum()
    for threshold in np.unique(scores)[::-1]:
        caught = ((scores >= threshold) & (y_true == 1)).sum()
        if caught / positives > target_recall:
            return float(threshold)
    return float(scores.min())
