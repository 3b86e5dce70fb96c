import numpy as np
from sklearn.metrics import precision_recall_curve


def best_f1_threshold(y_true, scores):
    """The threshold with the best F1 (rounded to 3; ties to the higher threshold), and that F1."""
    precision, recall, thresholds = precision_recall_curve(y_true, scores)
    precision, recall = precision[:-1], recall[:-1]  # the curve's last point belongs to no threshold
    total = precision + recall
    f1 = np.where(total > 0, 2 * precision * recall / np.where(total > 0, total, 1), 0.0).round(3)
    best = len(f1) - 1 - np.argmax(f1[::-1])  # the thresholds rise, so the last best is the highest
    return {"threshold": float(thresholds[best]), "f1": float(f1[best])}
