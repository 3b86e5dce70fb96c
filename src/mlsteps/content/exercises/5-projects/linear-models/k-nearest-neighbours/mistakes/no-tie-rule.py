from collections import Counter

import numpy as np


def knn_predict(X_train, y_train, X_new, k):
    predictions = []
    for point in X_new:
        distances = np.sqrt(((X_train - point) ** 2).sum(axis=1))
        nearest = np.argsort(distances)[:k]
        label, _ = Counter(y_train[nearest].tolist()).most_common(1)[0]
        predictions.append(label)
    return np.array(predictions)
