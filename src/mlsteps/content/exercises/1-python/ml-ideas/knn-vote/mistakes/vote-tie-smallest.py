import math


def knn_predict(examples, point, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    neighbours = sorted(examples, key=lambda pair: math.dist(pair[0], point))[:k]
    votes = {}
    for _, label in neighbours:
        votes[label] = votes.get(label, 0) + 1
    top = max(votes.values())
    return min(label for label, count in votes.items() if count == top)
