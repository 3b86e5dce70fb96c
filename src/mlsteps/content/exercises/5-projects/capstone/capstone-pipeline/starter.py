import numpy as np


class TumourPipeline:
    def fit(self, X, y):
        # Learn the medians, means, spreads and the model from the raw training rows; keep them on self.
        return self

    def predict(self, X):
        # Prepare the raw rows with what fit learned, then return the model's classes.
        return np.zeros(len(X), dtype=int)


def fit_pipeline(X_train, y_train):
    """Learn everything from the raw training rows; the returned object's predict(X) takes raw rows too."""
    return TumourPipeline().fit(X_train, y_train)
