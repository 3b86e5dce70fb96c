import numpy as np


def _ratio(top, bottom):
    """top / bottom, or 0.0 when there is nothing to divide by."""
    return float(top / bottom) if bottom > 0 else 0.0


def binary_metrics(y_true, y_pred):
    """Return a dict with the accuracy, precision, recall and F1 of 0/1 predictions."""
    tp = np.sum((y_pred == 1) & (y_true == 1))
    fp = np.sum((y_pred == 1) & (y_true == 0))
    fn = np.sum((y_pred == 0) & (y_true == 1))
    tn = np.sum((y_pred == 0) & (y_true == 0))
    precision = _ratio(tp, tp + fp)
    recall = _ratio(tp, tp + fn)
    return {
        "accuracy": _ratio(tp + tn, len(y_true)),
        "precision": precision,
        "recall": recall,
        "f1": _ratio(2 * precision * recall, precision + recall),
    }
