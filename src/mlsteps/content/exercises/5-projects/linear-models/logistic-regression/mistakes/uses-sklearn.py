import numpy as np
from sklearn.linear_model import LogisticRegression


def logistic_regression(X, y, X_new, learning_rate, steps):
    return LogisticRegression().fit(X, y).predict(X_new)
