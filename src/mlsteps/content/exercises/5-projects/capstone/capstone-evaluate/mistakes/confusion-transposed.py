import numpy as np


def evaluate(y_train, y_test, predictions):
    """The confusion matrix, accuracy and balanced accuracy of the predictions, and the baseline to beat."""
    confusion = np.zeros((2, 2), dtype=int)
    for truth, guess in zip(y_test, predictions, strict=True):
        confusion[guess, truth] += 1
    recalls = confusion.diagonal() / confusion.sum(axis=0)
    majority = 1 if np.sum(y_train == 1) > np.sum(y_train == 0) else 0
    return {
        "confusion": confusion,
        "accuracy": float(np.mean(predictions == y_test)),
        "balanced_accuracy": float(recalls.mean()),
        "baseline_accuracy": float(np.mean(y_test == majority)),
    }
