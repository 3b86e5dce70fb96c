import numpy as np
from sklearn.metrics import confusion_matrix

from mlsteps.engine.cases import case

ANIMALS = ["cat", "dog", "rabbit", "hamster"]


def cases(rng):
    yield case(
        ["cat", "dog", "cat", "rabbit", "dog", "cat", "rabbit"],
        ["cat", "cat", "cat", "rabbit", "dog", "dog", "cat"],
        ["cat", "dog", "rabbit"],
        label="the example",
    )
    yield case(
        ["spam", "ham", "ham", "spam", "ham", "spam"],
        ["spam", "spam", "ham", "ham", "ham", "ham"],
        ["spam", "ham"],
        label="spam first: not alphabetical",
    )
    yield case([1, 0, 1, 1, 0, 1], [1, 0, 0, 1, 0, 0], [1, 0], label="1 (the positive class) first")
    yield case(["dog", "dog", "cat"], ["dog", "cat", "cat"], ["rabbit", "dog", "cat"], label="a class no row has")
    for _ in range(4):
        labels = rng.sample(ANIMALS, rng.randint(2, 4))
        size = rng.randint(15, 50)
        y_true = [rng.choice(labels) for _ in range(size)]
        # Right 70% of the time; otherwise a confusion that favours the next class along, so the matrix is lopsided.
        y_pred = [t if rng.random() < 0.7 else labels[(labels.index(t) + 1) % len(labels)] for t in y_true]
        yield case(y_true, y_pred, labels, label=f"{size} animals, {len(labels)} classes")


def diagnose(case, expected, got):
    y_true, y_pred, _labels = case.args
    if not isinstance(got, np.ndarray) or not isinstance(expected, np.ndarray):
        return None
    if got.shape == expected.shape and np.array_equal(got, expected.T) and not np.array_equal(expected, expected.T):
        return (
            "The rows and columns are swapped: rows must be the true classes, columns the predicted ones. "
            "Pass the true answers first: confusion_matrix(y_true, y_pred, labels=labels)."
        )
    sorted_order = confusion_matrix(y_true, y_pred)
    if got.shape == sorted_order.shape and np.array_equal(got, sorted_order):
        return (
            "Without labels=, scikit-learn sorts the classes (alphabetically, or smallest number first) and "
            "leaves out any class that no row has. Pass labels=labels to get them in the order asked for."
        )
    return None
