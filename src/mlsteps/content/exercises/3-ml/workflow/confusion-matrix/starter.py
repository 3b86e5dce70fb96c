import numpy as np
from sklearn.metrics import confusion_matrix  # noqa: F401  (you will need it)


def confusion(y_true, y_pred, labels):
    """Return the confusion matrix: row i is the true class labels[i], column j the predicted class labels[j]."""
    # Replace this matrix of zeros with the real counts.
    return np.zeros((len(labels), len(labels)), dtype=int)
