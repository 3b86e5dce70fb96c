import math


def nearest_label(examples, point):
    """Return the label of the example nearest to `point` (straight-line distance; the first wins a tie)."""
    best_label = None
    # Find the closest example here.
    return best_label
