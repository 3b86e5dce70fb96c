import numpy as np
from sklearn.metrics import confusion_matrix

from mlsteps.engine.cases import case

ANIMALS = ["cat", "dog", "rabbit", "hamster"]


def cases(rng):
    yield case(
        ["cat", "dog", "cat", "rabbit", "dog", "cat", "rabbit", "rabbit"],
        ["cat", "cat", "cat", "rabbit", "dog", "dog", "cat", "cat"],
        ["cat", "dog", "rabbit"],
        label="the example",
    )
    yield case(
        ["cat", "dog", "rabbit", "cat", "dog"],
        ["dog", "cat", "rabbit", "cat", "dog"],
        ["cat", "dog", "rabbit"],
        label="two mistakes tie: the first reading row by row wins",
    )
    yield case(["cat", "dog", "dog"], ["cat", "dog", "dog"], ["cat", "dog"], label="no mistake at all")
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


def _cells(matrix, labels, keep):
    """The (true, predicted) pairs of the matrix's cells that `keep` accepts, row by row."""
    n = len(labels)
    return [(labels[i], labels[j], matrix[i, j]) for i in range(n) for j in range(n) if keep(i, j)]


def diagnose(case, expected, got):
    y_true, y_pred, labels = case.args
    want, want_worst = expected
    if not isinstance(got, tuple | list) or len(got) != 2:
        return "Return two things, as a tuple: the matrix, then the most common mistake."
    matrix, worst = got
    if not isinstance(matrix, np.ndarray):
        return None
    swapped = matrix.shape == want.shape and np.array_equal(matrix, want.T) and not np.array_equal(want, want.T)
    sorted_order = confusion_matrix(y_true, y_pred)
    plain_is_right = sorted_order.shape == want.shape and np.array_equal(sorted_order, want)
    unlabelled = matrix.shape == sorted_order.shape and np.array_equal(matrix, sorted_order) and not plain_is_right
    if swapped and unlabelled:
        return (
            "Here two slips give this same matrix: the true and predicted classes exchanged, or the classes sorted "
            "instead of in the order of `labels`. Rows are the true classes, in the order of `labels`."
        )
    if swapped:
        return (
            "The rows and columns are swapped: rows must be the true classes, columns the predicted ones. "
            "confusion_matrix takes the true answers first."
        )
    if unlabelled:
        return (
            "Without labels=, scikit-learn sorts the classes (alphabetically, or smallest number first) and "
            "leaves out any class that no row has. Give it the labels, to get them in the order asked for."
        )
    if not np.array_equal(matrix, want):
        return None
    worst = tuple(worst) if isinstance(worst, list | tuple) else worst
    if isinstance(worst, tuple) and len(worst) == 2 and worst[0] == worst[1]:
        return (
            f"({worst[0]!r}, {worst[1]!r}) is a cell on the diagonal: it counts right answers. The most common "
            "mistake is the largest cell off the diagonal."
        )
    off = _cells(want, labels, lambda i, j: i != j)
    top = max((count for _, _, count in off), default=0)
    tied = [(true, predicted) for true, predicted, count in off if count == top and top > 0]
    if worst in tied[1:]:
        return (
            f"Several cells tie at {top}: take the first one reading the matrix row by row, left to right, "
            f"which is {tied[0]!r}."
        )
    if isinstance(worst, tuple) and worst[::-1] == want_worst:
        return "The pair is the wrong way round: the true class (the row) first, then the predicted one (the column)."
    if want_worst is None and worst is not None:
        return "This model made no mistake: everything is on the diagonal, so the answer is None."
    return None
