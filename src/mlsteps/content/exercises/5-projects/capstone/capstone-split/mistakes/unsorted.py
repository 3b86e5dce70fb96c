import numpy as np


def stratified_split(y, test_fraction, seed):
    """Return (train rows, test rows): each class gives its own share of test rows, both arrays sorted."""
    rng = np.random.default_rng(seed)
    test = []
    for label in np.unique(y):
        rows = rng.permutation(np.flatnonzero(y == label))
        test.extend(rows[: round(len(rows) * test_fraction)])
    train = [row for row in range(len(y)) if row not in test]
    return np.array(train), np.array(test, dtype=int)
