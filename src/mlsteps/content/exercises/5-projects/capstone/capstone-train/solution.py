import numpy as np


class LogisticModel:
    """Logistic regression trained by gradient descent on the mean log-loss."""

    def __init__(self, lr=0.5, steps=1000):
        self.lr = lr
        self.steps = steps

    def fit(self, X, y):
        self.weights = np.zeros(X.shape[1])
        self.bias = 0.0
        for _ in range(self.steps):
            error = self.probabilities(X) - y
            self.weights -= self.lr * X.T @ error / len(y)
            self.bias -= self.lr * error.mean()
        return self

    def probabilities(self, X):
        return 1 / (1 + np.exp(-(X @ self.weights + self.bias)))

    def predict(self, X):
        return (self.probabilities(X) >= 0.5).astype(int)


def train_model(X_train, y_train):
    """Train a classifier of your own on the prepared rows and return it: it must have predict(X)."""
    return LogisticModel().fit(X_train, y_train)
