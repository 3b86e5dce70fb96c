import numpy as np


def distances(points):
    return np.array([(x**2 + y**2) ** 0.5 for x, y in points])
