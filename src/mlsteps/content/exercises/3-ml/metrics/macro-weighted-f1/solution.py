import numpy as np
from sklearn.metrics import f1_score


def f1_summary(y_true, y_pred):
    """Macro and weighted F1 (rounded to 3) and the class with the lowest F1 (ties: alphabetical first)."""
    labels = sorted(set(y_true))
    per_class = f1_score(y_true, y_pred, labels=labels, average=None, zero_division=0).round(3)
    return {
        "macro": round(float(f1_score(y_true, y_pred, labels=labels, average="macro", zero_division=0)), 3),
        "weighted": round(float(f1_score(y_true, y_pred, labels=labels, average="weighted", zero_division=0)), 3),
        "weakest": labels[int(np.argmin(per_class))],
    }
