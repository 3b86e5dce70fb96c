import numpy as np


def oob_error(y_train, samples, predictions):
    wrong = judged = 0
    for row in range(len(y_train)):
        if all(row in sample for sample in samples):
            continue
        values, counts = np.unique(predictions[:, row], return_counts=True)
        judged += 1
        wrong += values[np.argmax(counts)] != y_train[row]
    if judged == 0:
        raise ValueError("no out-of-bag row")
    return wrong / judged
