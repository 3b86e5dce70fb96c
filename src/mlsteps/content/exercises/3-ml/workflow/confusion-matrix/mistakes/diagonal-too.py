import numpy as np
from sklearn.metrics import confusion_matrix


def confusion(y_true, y_pred, labels):
    matrix = confusion_matrix(y_true, y_pred, labels=labels)
    row, column = np.unravel_index(matrix.argmax(), matrix.shape)  # the largest cell of all
    return matrix, (labels[row], labels[column])
