import math
from collections import Counter


def knn_predict(examples, point, k):
    """Return the majority label of the k examples nearest to `point` (ties: the nearer first)."""
    # Find the k nearest examples, then let their labels vote.
    return None
