import numpy as np
from sklearn.metrics import f1_score


def f1_summary(y_true, y_pred):
    labels = sorted(set(y_pred))
    per_class = f1_score(y_true, y_pred, labels=labels, average=None, zero_division=0).round(3)
    return {
        "macro": round(float(np.mean(per_class)), 3),
        "weighted": round(float(f1_score(y_true, y_pred, average="weighted", zero_division=0)), 3),
        "weakest": labels[int(np.argmin(per_class))],
    }
