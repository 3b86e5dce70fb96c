import numpy as np
from sklearn.metrics import confusion_matrix


def confusion(y_true, y_pred, labels):
    """Return (matrix, worst): the confusion matrix, and the (true, predicted) pair of its largest off-diagonal cell."""
    matrix = confusion_matrix(y_true, y_pred, labels=labels)
    mistakes = matrix.copy()
    np.fill_diagonal(mistakes, 0)  # the diagonal counts right answers
    if mistakes.max() == 0:
        return matrix, None
    row, column = np.unravel_index(mistakes.argmax(), mistakes.shape)  # argmax: the first largest, row by row
    return matrix, (labels[row], labels[column])
