import numpy as np
from sklearn.metrics import confusion_matrix


def confusion(y_true, y_pred, labels):
    matrix = confusion_matrix(y_pred, y_true, labels=labels)
    mistakes = matrix.copy()
    np.fill_diagonal(mistakes, 0)
    if mistakes.max() == 0:
        return matrix, None
    row, column = np.unravel_index(mistakes.argmax(), mistakes.shape)
    return matrix, (labels[row], labels[column])
