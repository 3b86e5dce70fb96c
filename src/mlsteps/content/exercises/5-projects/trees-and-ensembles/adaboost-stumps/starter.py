import numpy as np


def best_stump(X, y, weights):
    """Return (feature, threshold, polarity, error) of the stump with the smallest weighted error."""
    # Copy your answer from the weighted-stump exercise.
    return (0, 0.0, 1, 1.0)


def adaboost_predict(X_train, y_train, X_new, rounds):
    """Boost `rounds` weighted stumps on the training rows, then return the sign of their weighted vote."""
    # Start with equal weights; each round: choose a stump, give it a say, update the weights.
    return np.ones(len(X_new), dtype=int)
