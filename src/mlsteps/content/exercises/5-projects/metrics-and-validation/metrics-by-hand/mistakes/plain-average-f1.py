import numpy as np


def binary_metrics(y_true, y_pred):
    tp = np.sum((y_pred == 1) & (y_true == 1))
    fp = np.sum((y_pred == 1) & (y_true == 0))
    fn = np.sum((y_pred == 0) & (y_true == 1))
    precision = tp / (tp + fp) if tp + fp > 0 else 0.0
    recall = tp / (tp + fn) if tp + fn > 0 else 0.0
    f1 = (precision + recall) / 2
    accuracy = np.mean(y_true == y_pred)
    return {"accuracy": accuracy, "precision": precision, "recall": recall, "f1": f1}
