import numpy as np


def gini(labels):
    """Return the Gini impurity of a 1-D array of class labels (0.0 for an empty array)."""
    # Copy your answer from the gini-impurity exercise.
    return 0.0


def best_split(X, y):
    """Return (feature index, threshold, weighted gini) of the best split, or None if no split is possible."""
    # Copy your answer from the best-split exercise.
    return None


def tree_predict(X_train, y_train, X_new, max_depth):
    """Grow a decision tree on the training rows, then return the predicted label of every row of X_new."""
    # Grow the tree with a recursive function, then walk each new row down to a leaf.
    return np.zeros(len(X_new))
