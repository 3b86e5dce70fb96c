def nearest_label(examples, point):
    if not examples:
        raise ValueError("no examples")
    best_distance, best_label = None, None
    for features, label in examples:
        distance = sum(abs(a - b) for a, b in zip(features, point))
        if best_distance is None or distance < best_distance:
            best_distance, best_label = distance, label
    return best_label
