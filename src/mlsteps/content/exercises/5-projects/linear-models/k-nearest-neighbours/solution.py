import numpy as np


def knn_predict(X_train, y_train, X_new, k):
    """Predict each row of X_new by a vote of its k nearest training rows; ties go to the smallest label."""
    predictions = []
    for point in X_new:
        distances = np.sqrt(((X_train - point) ** 2).sum(axis=1))
        nearest = np.argsort(distances)[:k]
        votes = np.bincount(y_train[nearest])  # votes[label] = how many of the k nearest have that label
        predictions.append(votes.argmax())  # argmax returns the first of equal counts: the smallest label
    return np.array(predictions, dtype=int)
