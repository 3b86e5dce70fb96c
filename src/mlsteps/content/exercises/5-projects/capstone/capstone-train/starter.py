import numpy as np


class MyModel:
    def fit(self, X, y):
        # Learn from the training rows here.
        return self

    def predict(self, X):
        # One class, 0 or 1, for every row of X.
        return np.zeros(len(X), dtype=int)


def train_model(X_train, y_train):
    """Train a classifier of your own on the prepared rows and return it: it must have predict(X)."""
    return MyModel().fit(X_train, y_train)
