import numpy as np
from sklearn.metrics import confusion_matrix  # noqa: F401  (you will need it)


def confusion(y_true, y_pred, labels):
    """Return (matrix, worst): the confusion matrix, and the (true, predicted) pair of its largest off-diagonal cell."""
    # Replace this matrix of zeros with the real counts, then read the most common mistake from it.
    return np.zeros((len(labels), len(labels)), dtype=int), None
