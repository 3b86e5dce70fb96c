import numpy as np


def prepare(X_train, X_test):
    """Fill gaps with the training medians, then standardise with the training means and spreads."""
    medians = np.nanmedian(X_train, axis=0)
    train = np.where(np.isnan(X_train), medians, X_train)
    test = np.where(np.isnan(X_test), medians, X_test)
    means = train.mean(axis=0)
    spreads = train.std(axis=0)
    return (train - means) / spreads, (test - means) / spreads
