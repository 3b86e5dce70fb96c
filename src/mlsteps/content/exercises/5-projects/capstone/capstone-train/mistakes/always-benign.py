import numpy as np


class Majority:
    def fit(self, X, y):
        values, counts = np.unique(y, return_counts=True)
        self.answer = values[np.argmax(counts)]
        return self

    def predict(self, X):
        return np.full(len(X), self.answer)


def train_model(X_train, y_train):
    return Majority().fit(X_train, y_train)
