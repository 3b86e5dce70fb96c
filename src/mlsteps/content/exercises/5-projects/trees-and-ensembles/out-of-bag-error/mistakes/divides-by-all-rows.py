import numpy as np


def oob_error(y_train, samples, predictions):
    wrong = judged = 0
    for row in range(len(y_train)):
        voters = [t for t in range(len(samples)) if row not in samples[t]]
        if not voters:
            continue
        judged += 1
        values, counts = np.unique(predictions[voters, row], return_counts=True)
        wrong += values[np.argmax(counts)] != y_train[row]
    if judged == 0:
        raise ValueError("no out-of-bag row")
    return wrong / len(y_train)
