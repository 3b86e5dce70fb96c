import math
from itertools import combinations


def closest_pair(points):
    """Return (name_a, name_b, distance) of the two closest different points; the first pair wins a tie."""
    # Measure every pair of two different points.
    return (None, None, 0.0)
