import numpy as np


def distances_with_a_loop(points):
    result = np.empty(len(points))
    for i in range(len(points)):
        x, y = points[i]
        result[i] = (x**2 + y**2) ** 0.5
    return result
