import math


def nearest_label(examples, point):
    best_distance, best_label = None, None
    for features, label in examples:
        distance = math.dist(features, point)
        if best_distance is None or distance < best_distance:
            best_distance, best_label = distance, label
    return best_label
