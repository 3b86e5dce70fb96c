from collections import Counter

from mlsteps.engine.cases import case

ANIMALS = ["cat", "dog", "owl", "fox"]


def cases(rng):
    yield case(["ham", "spam", "ham", "ham"], ["spam", "ham", "ham", "spam", "ham"], label="the example")
    yield case(["dog", "cat", "cat", "dog"], ["cat", "dog"], label="the example with a tie")
    yield case([1, 1, 0], [0, 0, 0, 1], label="the test labels have another majority")
    yield case([2, 0, 2, 0, 1], [1, 2, 0], label="a tie between whole numbers, the larger seen first")
    yield case(["yes"], ["no", "no"], label="the baseline is never right on this test set")
    yield case([], ["a"], raises="ValueError", label="no training labels")
    for _ in range(5):
        kinds = rng.sample(ANIMALS, rng.randint(2, 4))
        weights = [rng.randint(1, 5) for _ in kinds]
        train = rng.choices(kinds, weights, k=rng.randint(4, 20))
        test = rng.choices(kinds, k=rng.randint(3, 15))
        yield case(train, test, label="random labels")


def _smallest_majority(labels):
    counts = Counter(labels)
    top = max(counts.values())
    return min(name for name, count in counts.items() if count == top)


def diagnose(case, expected, got):
    train, test = case.args
    if not isinstance(got, tuple | list) or len(got) != 2:
        return None
    label, accuracy = got
    want_label, want_accuracy = expected
    if label != want_label:
        counts = Counter(train)
        if counts.get(label) == counts[want_label]:
            return (
                f"{label!r} and {want_label!r} tie for the most training labels; the rule says the smallest "
                "label wins."
            )
        if label == _smallest_majority(test):
            return (
                "Your label is the most common one of the test labels: the baseline must be chosen from the "
                "training labels only, as any model is; the test labels only score it."
            )
        return None
    if isinstance(accuracy, int | float) and abs(accuracy - 100 * want_accuracy) < 1e-9 and want_accuracy:
        return "The accuracy is a fraction between 0 and 1 (0.6), not a percentage (60)."
    if isinstance(accuracy, int | float) and abs(accuracy - train.count(label) / len(train)) < 1e-9:
        return (
            "That accuracy is how often the label appears in the training labels: the score is measured on "
            "the test labels, which the baseline never saw."
        )
    return None
