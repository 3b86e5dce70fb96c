import numpy as np


def best_stump(X, y, weights):
    best = None
    for feature in range(X.shape[1]):
        for threshold in np.unique(X[:, feature]):
            for polarity in (1, -1):
                predicted = np.where(X[:, feature] <= threshold, polarity, -polarity)
                error = float(weights[predicted != y].sum())
                if best is None or error < best[3]:
                    best = (feature, float(threshold), polarity, error)
    return best
