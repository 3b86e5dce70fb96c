import numpy as np
from sklearn.metrics import precision_recall_curve


def best_f1_threshold(y_true, scores):
    precision, recall, thresholds = precision_recall_curve(y_true, scores)
    precision, recall = precision[:-1], recall[:-1]
    f1 = (2 * precision * recall / (precision + recall)).round(3)
    best = len(f1) - 1 - np.argmax(f1[::-1])
    return {"threshold": float(thresholds[best]), "f1": float(f1[best])}
