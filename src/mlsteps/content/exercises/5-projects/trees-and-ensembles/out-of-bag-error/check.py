import numpy as np

from mlsteps.engine.cases import case


def _vote(labels, smallest=True):
    values, counts = np.unique(labels, return_counts=True)
    if smallest:
        return values[np.argmax(counts)]
    return values[len(counts) - 1 - np.argmax(counts[::-1])]


def _error(y, samples, predictions, all_trees=False, per_row=False, smallest=True):
    wrong = judged = 0
    for row in range(len(y)):
        voters = [t for t in range(len(samples)) if all_trees or row not in samples[t]]
        if voters:
            judged += 1
            wrong += _vote(predictions[voters, row], smallest) != y[row]
    return wrong / (len(y) if per_row else judged) if judged else None


def cases(rng):
    y = np.array([0, 1, 1, 0, 1])
    samples = np.array([[0, 0, 1, 3, 3], [1, 2, 2, 4, 4], [0, 1, 1, 2, 4]])
    predictions = np.array([[0, 1, 1, 0, 0], [1, 1, 0, 1, 1], [0, 1, 1, 0, 1]])
    yield case(y, samples, predictions, label="the example")
    yield case(
        np.array([2, 0, 1, 1]),
        np.array([[0, 0, 0, 0], [1, 1, 1, 1]]),
        np.array([[2, 0, 0, 1], [2, 1, 1, 1]]),
        label="trees that saw one row each",
    )
    yield case(
        np.array([1, 0, 2]),
        np.array([[0, 0, 1], [0, 0, 2], [1, 1, 2], [0, 1, 2]]),
        np.array([[1, 0, 2], [2, 2, 1], [2, 0, 1], [0, 1, 0]]),
        label="a tie in every vote",
    )
    yield case(
        np.array([0, 1, 0]),
        np.array([[0, 1, 2], [2, 1, 0]]),
        np.array([[0, 1, 0], [1, 1, 1]]),
        label="every tree saw every row",
        raises="ValueError",
    )
    for _ in range(5):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        n, trees, classes = int(generator.integers(8, 30)), int(generator.integers(3, 12)), 2 + rng.randint(0, 1)
        y = generator.integers(0, classes, size=n)
        samples = generator.integers(0, n, size=(trees, n))
        wrong = generator.random((trees, n)) < 0.3
        predictions = np.where(wrong, generator.integers(0, classes, size=(trees, n)), y)
        yield case(y, samples, predictions, label=f"a random forest of {trees} trees on {n} rows")


def diagnose(case, expected, got):
    if case.raises or not isinstance(got, int | float):
        return None
    y, samples, predictions = case.args

    def near(value):
        return value is not None and abs(value - expected) > 1e-12 and abs(got - value) < 1e-9

    if near(_error(y, samples, predictions, all_trees=True)):
        return (
            "Every tree voted on every row, including trees that trained on that row: that is a training error, "
            "and too kind. Only the trees whose sample does not contain the row may vote."
        )
    if near(_error(y, samples, predictions, per_row=True)):
        return (
            "You divided by all the rows. The rows that every tree saw got no vote, so they are neither right "
            "nor wrong: divide by the number of rows that got a vote."
        )
    if near(_error(y, samples, predictions, smallest=False)):
        return "A tied vote went to the larger label; it goes to the smallest label."
    return None
