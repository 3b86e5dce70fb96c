from sklearn.metrics import confusion_matrix


def confusion(y_true, y_pred, labels):
    """Return the confusion matrix: row i is the true class labels[i], column j the predicted class labels[j]."""
    return confusion_matrix(y_true, y_pred, labels=labels)
