import numpy as np  # noqa: F401  (you will need these)
from sklearn.metrics import precision_recall_curve  # noqa: F401


def best_f1_threshold(y_true, scores):
    """The threshold with the best F1 (rounded to 3; ties to the higher threshold), and that F1."""
    # 0.5 is the default threshold, not the best one. Compute the curve and look along it.
    return {"threshold": 0.5, "f1": 0.0}
