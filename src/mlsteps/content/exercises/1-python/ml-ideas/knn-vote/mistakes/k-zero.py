import math
from collections import Counter


def knn_predict(examples, point, k):
    neighbours = sorted(examples, key=lambda pair: math.dist(pair[0], point))[: max(k, 1)]
    votes = Counter(label for _, label in neighbours)
    return votes.most_common(1)[0][0]
