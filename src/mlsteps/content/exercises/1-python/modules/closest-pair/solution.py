import math
from itertools import combinations


def closest_pair(points):
    """Return (name_a, name_b, distance) of the two closest different points; the first pair wins a tie."""
    if len(points) < 2:
        raise ValueError("need at least two points")
    best = None
    for (name_a, point_a), (name_b, point_b) in combinations(points, 2):
        distance = math.dist(point_a, point_b)
        if best is None or distance < best[2]:
            best = (name_a, name_b, distance)
    return best
