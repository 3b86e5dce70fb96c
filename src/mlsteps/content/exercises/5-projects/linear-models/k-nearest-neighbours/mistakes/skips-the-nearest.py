import numpy as np


def knn_predict(X_train, y_train, X_new, k):
    predictions = []
    for point in X_new:
        distances = np.sqrt(((X_train - point) ** 2).sum(axis=1))
        nearest = np.argsort(distances)[1 : k + 1]  # skip the point itself
        predictions.append(np.bincount(y_train[nearest]).argmax())
    return np.array(predictions)
