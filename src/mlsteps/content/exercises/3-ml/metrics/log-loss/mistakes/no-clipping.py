import numpy as np


def log_loss_by_hand(y_true, p):
    y = np.asarray(y_true, dtype=float)
    p = np.asarray(p, dtype=float)
    losses = -(y * np.log(p) + (1 - y) * np.log(1 - p))
    return round(float(losses.mean()), 4)
