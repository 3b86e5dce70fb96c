from collections import Counter

import numpy as np


def oob_error(y_train, samples, predictions):
    wrong = judged = 0
    for row in range(len(y_train)):
        votes = Counter(int(predictions[t, row]) for t in range(len(samples)) if row not in samples[t])
        if not votes:
            continue
        judged += 1
        top = max(votes.values())
        wrong += max(label for label, count in votes.items() if count == top) != y_train[row]
    if judged == 0:
        raise ValueError("no out-of-bag row")
    return wrong / judged
