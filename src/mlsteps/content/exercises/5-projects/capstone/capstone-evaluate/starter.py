import numpy as np


def evaluate(y_train, y_test, predictions):
    """The confusion matrix, accuracy and balanced accuracy of the predictions, and the baseline to beat."""
    # Count the confusion matrix first; most of the rest can be read from it.
    return {"confusion": np.zeros((2, 2), dtype=int), "accuracy": 0.0, "balanced_accuracy": 0.0,
            "baseline_accuracy": 0.0}
