import numpy as np
from sklearn.metrics import confusion_matrix


def confusion(y_true, y_pred, labels):
    matrix = confusion_matrix(y_true, y_pred, labels=labels)
    best, worst = 0, None
    for i, true in enumerate(labels):
        for j, predicted in enumerate(labels):
            if i != j and matrix[i, j] >= best and matrix[i, j] > 0:  # >= keeps the last of a tie
                best, worst = matrix[i, j], (true, predicted)
    return matrix, worst
