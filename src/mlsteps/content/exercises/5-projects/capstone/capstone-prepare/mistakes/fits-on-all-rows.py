import numpy as np


def prepare(X_train, X_test):
    """Fill gaps with the training medians, then standardise with the training means and spreads."""
    everything = np.vstack([X_train, X_test])
    medians = np.nanmedian(everything, axis=0)
    train = np.where(np.isnan(X_train), medians, X_train)
    test = np.where(np.isnan(X_test), medians, X_test)
    filled = np.where(np.isnan(everything), medians, everything)
    means = filled.mean(axis=0)
    spreads = filled.std(axis=0)
    spreads[spreads == 0] = 1.0
    return (train - means) / spreads, (test - means) / spreads
