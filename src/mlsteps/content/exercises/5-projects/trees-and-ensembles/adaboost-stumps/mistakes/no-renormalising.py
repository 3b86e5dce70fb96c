import numpy as np

SMALLEST_ERROR = 1e-10


def best_stump(X, y, weights):
    """Return (feature, threshold, polarity, error) of the stump with the smallest weighted error."""
    best = None
    for feature in range(X.shape[1]):
        values = np.unique(X[:, feature])
        for threshold in (values[:-1] + values[1:]) / 2:
            on_left = X[:, feature] <= threshold
            for polarity in (1, -1):
                predicted = np.where(on_left, polarity, -polarity)
                error = float(weights[predicted != y].sum())
                if best is None or error < best[3]:
                    best = (feature, float(threshold), polarity, error)
    return best


def stump_answers(stump, X):
    feature, threshold, polarity, _ = stump
    return np.where(X[:, feature] <= threshold, polarity, -polarity)


def adaboost_predict(X_train, y_train, X_new, rounds):
    """Boost `rounds` weighted stumps on the training rows, then return the sign of their weighted vote."""
    weights = np.full(len(y_train), 1 / len(y_train))
    total = np.zeros(len(X_new))
    for _ in range(rounds):
        stump = best_stump(X_train, y_train, weights)
        error = max(stump[3], SMALLEST_ERROR)
        say = 0.5 * np.log((1 - error) / error)
        weights = weights * np.exp(-say * y_train * stump_answers(stump, X_train))
        total += say * stump_answers(stump, X_new)
    return np.where(total >= 0, 1, -1)
