import numpy as np


def roc_auc(y_true, scores):
    """Return the ROC AUC of the scores: the chance that a random positive outscores a random negative."""
    # Rank the scores (ties share their average rank), then look at the ranks of the positives.
    return 0.0
