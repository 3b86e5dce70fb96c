import math
from collections import Counter


def knn_predict(examples, point, k):
    """Return the majority label of the k examples nearest to `point` (ties: the nearer first)."""
    if k < 1:
        raise ValueError(f"k must be at least 1, got {k}")
    neighbours = sorted(examples, key=lambda pair: math.dist(pair[0], point))[:k]
    votes = Counter(label for _, label in neighbours)
    return votes.most_common(1)[0][0]
