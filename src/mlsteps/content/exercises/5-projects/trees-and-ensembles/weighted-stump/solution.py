import numpy as np


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
