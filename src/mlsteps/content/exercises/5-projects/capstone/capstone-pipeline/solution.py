import numpy as np


class TumourPipeline:
    """Fill gaps with training medians, standardise with training means and spreads, then logistic regression."""

    def __init__(self, lr=0.5, steps=1000):
        self.lr = lr
        self.steps = steps

    def prepare(self, X):
        filled = np.where(np.isnan(X), self.medians, X)
        return (filled - self.means) / self.spreads

    def fit(self, X, y):
        self.medians = np.nanmedian(X, axis=0)
        filled = np.where(np.isnan(X), self.medians, X)
        self.means = filled.mean(axis=0)
        self.spreads = filled.std(axis=0)
        self.spreads[self.spreads == 0] = 1.0
        ready = self.prepare(X)
        self.weights, self.bias = np.zeros(X.shape[1]), 0.0
        for _ in range(self.steps):
            error = self.probabilities(ready) - y
            self.weights -= self.lr * ready.T @ error / len(y)
            self.bias -= self.lr * error.mean()
        return self

    def probabilities(self, ready):
        return 1 / (1 + np.exp(-(ready @ self.weights + self.bias)))

    def predict(self, X):
        return (self.probabilities(self.prepare(X)) >= 0.5).astype(int)


def fit_pipeline(X_train, y_train):
    """Learn everything from the raw training rows; the returned object's predict(X) takes raw rows too."""
    return TumourPipeline().fit(X_train, y_train)
