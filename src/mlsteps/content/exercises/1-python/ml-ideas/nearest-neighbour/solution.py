import math


def nearest_label(examples, point):
    """Return the label of the example nearest to `point` (straight-line distance; the first wins a tie)."""
    if not examples:
        raise ValueError("no examples to compare with")
    best_distance, best_label = None, None
    for features, label in examples:
        distance = math.dist(features, point)
        if best_distance is None or distance < best_distance:
            best_distance, best_label = distance, label
    return best_label
