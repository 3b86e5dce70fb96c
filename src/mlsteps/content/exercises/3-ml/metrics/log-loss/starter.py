import numpy as np


def log_loss_by_hand(y_true, p):
    """The mean log-loss of probabilities p for the true classes y_true, rounded to 4."""
    y = np.asarray(y_true, dtype=float)
    p = np.asarray(p, dtype=float)
    # This is the share of wrong answers at a 0.5 threshold, not the log-loss.
    return round(float(((p >= 0.5) != y).mean()), 4)
