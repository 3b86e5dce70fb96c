import numpy as np


def stratified_split(y, test_fraction, seed):
    """Return (train rows, test rows): each class gives its own share of test rows, both arrays sorted."""
    test = []
    for label in np.unique(y):
        rng = np.random.default_rng(seed)
        rows = rng.permutation(np.flatnonzero(y == label))
        test.extend(rows[: round(len(rows) * test_fraction)])
    test = np.sort(np.array(test, dtype=int))
    train = np.setdiff1d(np.arange(len(y)), test)
    return train, test
