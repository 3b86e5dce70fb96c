import numpy as np


def best_stump(X, y, weights):
    best = None
    for feature in range(X.shape[1]):
        values = np.unique(X[:, feature])
        for threshold in (values[:-1] + values[1:]) / 2:
            for polarity in (1, -1):
                predicted = np.where(X[:, feature] <= threshold, polarity, -polarity)
                error = float(np.sum(predicted != y))
                if best is None or error < best[3]:
                    best = (feature, float(threshold), polarity, error)
    return best
