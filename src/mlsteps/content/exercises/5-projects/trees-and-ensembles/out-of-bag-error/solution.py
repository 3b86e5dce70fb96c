import numpy as np


def vote(labels):
    """The most common label; a tie goes to the smallest (np.unique sorts, argmax takes the first)."""
    values, counts = np.unique(labels, return_counts=True)
    return values[np.argmax(counts)]


def oob_error(y_train, samples, predictions):
    """Return the out-of-bag error: each row judged only by the trees that never saw it."""
    wrong = judged = 0
    for row in range(len(y_train)):
        voters = [tree for tree in range(len(samples)) if row not in samples[tree]]
        if not voters:
            continue
        judged += 1
        wrong += vote(predictions[voters, row]) != y_train[row]
    if judged == 0:
        raise ValueError("every row is in every tree's sample: there is no out-of-bag row to judge")
    return float(wrong / judged)
