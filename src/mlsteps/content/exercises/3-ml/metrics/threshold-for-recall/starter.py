import numpy as np  # noqa: F401  (you may want it)


def threshold_for_recall(y_true, scores, target_recall):
    """The highest threshold (one of the scores) whose recall is at least target_recall."""
    # The default threshold is not chosen for a goal. Try each score as a threshold instead.
    return 0.5
