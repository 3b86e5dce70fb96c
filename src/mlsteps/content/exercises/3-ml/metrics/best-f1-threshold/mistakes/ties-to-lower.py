import numpy as np
from sklearn.metrics import precision_recall_curve


def best_f1_threshold(y_true, scores):
    precision, recall, thresholds = precision_recall_curve(y_true, scores)
    precision, recall = precision[:-1], recall[:-1]
    total = precision + recall
    f1 = np.where(total > 0, 2 * precision * recall / np.where(total > 0, total, 1), 0.0).round(3)
    best = np.argmax(f1)
    return {"threshold": float(thresholds[best]), "f1": float(f1[best])}
