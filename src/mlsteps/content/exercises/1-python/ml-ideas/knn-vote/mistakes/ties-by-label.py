import math
from collections import Counter


def knn_predict(examples, point, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    ranked = sorted((math.dist(features, point), label) for features, label in examples)
    votes = Counter(label for _, label in ranked[:k])
    return votes.most_common(1)[0][0]
