import numpy as np


def distances(points):
    """Return each point's distance from (0, 0), without a Python loop."""
    result = np.zeros(len(points))
    # Replace the loop idea with whole-array operations.
    return result
