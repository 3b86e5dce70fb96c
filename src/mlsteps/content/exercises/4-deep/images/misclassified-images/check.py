import numpy as np
from sklearn.datasets import load_digits

from mlsteps.engine.cases import case, tensor

IMAGES = (load_digits().images / 16.0).astype(np.float32)
DIGIT = load_digits().target


def network_scores(numbers, labels, wrong, sure):
    """Made-up scores of a network: the right digit wins, except in the rows listed in `wrong`."""
    logits = numbers.normal(0, 1, (len(labels), 10))
    logits[np.arange(len(labels)), labels] += 4
    for row, said in wrong.items():
        logits[row, said] = logits[row].max() + sure.get(row, 1.0)
    return np.round(logits, 3)


def mistakes_case(numbers, rows, wrong, count, label, sure=None, scores=None):
    picked = numbers.choice(len(IMAGES), rows, replace=False)
    labels = DIGIT[picked]
    wrong = {row: (labels[row] + shift) % 10 for row, shift in wrong.items()}
    logits = network_scores(numbers, labels, wrong, sure or {}) if scores is None else scores(labels)
    return case(tensor(IMAGES[picked]), tensor(logits), tensor(labels, dtype="int64"), count, label=label)


def tied(labels):
    logits = np.zeros((len(labels), 10))
    logits[np.arange(len(labels)), labels] = 5.0
    for row in (1, 4):  # two mistakes with exactly the same scores, so exactly as sure
        logits[row] = 0.0
        logits[row, (labels[row] + 1) % 10] = 3.0
    return logits


def raw_versus_probability(labels):
    logits = np.zeros((len(labels), 10))
    logits[np.arange(len(labels)), labels] = 2.0
    logits[0, (labels[0] + 1) % 10] = 9.0  # the largest raw score, but the right digit is close: about 0.5 sure
    logits[0, labels[0]] = 8.9
    logits[2, (labels[2] + 3) % 10] = 4.0  # a smaller raw score, far above the rest: about 0.94 sure
    return logits


def cases(rng):
    numbers = np.random.default_rng(rng.randint(0, 2**32 - 1))
    yield mistakes_case(numbers, 12, {3: 1, 7: 4}, 3, "two mistakes, three places: show only two", {3: 2.0, 7: 0.5})
    yield mistakes_case(numbers, 10, {}, 4, "no mistakes at all: an empty figure")
    yield mistakes_case(numbers, 6, {}, 2, "two mistakes exactly as sure: the smaller index first", scores=tied)
    yield mistakes_case(
        numbers, 5, {}, 2, "the largest raw score is not the surest answer", scores=raw_versus_probability
    )
    yield mistakes_case(numbers, 20, {1: 1, 5: 2, 9: 3, 12: 4, 18: 5}, 3, "five mistakes, show the three surest",
                        {1: 0.2, 5: 3.0, 9: 1.0, 12: 2.0, 18: 0.1})
    for _ in range(3):
        rows = int(numbers.integers(8, 30))
        wrong = {int(r): int(numbers.integers(1, 10)) for r in numbers.choice(rows, int(numbers.integers(1, 6)), False)}
        sure = {row: float(numbers.uniform(0, 3)) for row in wrong}
        yield mistakes_case(numbers, rows, wrong, int(numbers.integers(1, 5)), "random scores", sure)


def softmax(logits):
    exp = np.exp(logits - logits.max(axis=1, keepdims=True))
    return exp / exp.sum(axis=1, keepdims=True)


def diagnose(case, expected, got):
    if not isinstance(got, tuple) or len(got) != 2 or not isinstance(got[0], list):
        return None
    logits, labels = (np.asarray(argument.values) for argument in case.args[1:3])
    count = case.args[3]
    shown, want = got[0], expected[0]
    predicted = logits.argmax(axis=1)
    if any(predicted[i] == labels[i] for i in shown if isinstance(i, int) and 0 <= i < len(labels)):
        return "Some of the images you picked were classified correctly: show only those the network got wrong."
    if shown != want and len(shown) == len(want):
        confidence = softmax(logits).max(axis=1)
        raw = logits.max(axis=1)
        wrong = [i for i in range(len(labels)) if predicted[i] != labels[i]]
        if shown == sorted(wrong, key=lambda i: (-raw[i], i))[:count]:
            return (
                "You ordered the mistakes by the raw scores (the logits). How sure the network is comes from the "
                "probabilities, after the softmax: a large score means little when another class scores almost as high."
            )
        if shown == sorted(wrong, key=lambda i: (-confidence[i], -i))[:count]:
            return (
                "Two mistakes are exactly as sure, and you put the one with the larger index first: on a tie, the "
                "smaller index comes first."
            )
    if shown == want and len(want) < count:
        return (
            f"Only {len(want)} images were misclassified, so the figure should hold {len(want)} plot(s): leave out "
            "the empty places (a figure with spare axes shows blank boxes)."
        )
    return None
