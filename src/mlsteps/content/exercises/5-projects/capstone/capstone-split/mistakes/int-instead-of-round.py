import numpy as np


def stratified_split(y, test_fraction, seed):
    """Return (train rows, test rows): each class gives its own share of test rows, both arrays sorted."""
    rng = np.random.default_rng(seed)
    test = []
    for label in np.unique(y):
        rows = rng.permutation(np.flatnonzero(y == label))
        test.extend(rows[: int(len(rows) * test_fraction)])
    test = np.sort(np.array(test, dtype=int))
    train = np.setdiff1d(np.arange(len(y)), test)
    return train, test
