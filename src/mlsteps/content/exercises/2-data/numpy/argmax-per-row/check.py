import numpy as np

from mlsteps.engine.cases import case

WORDS = ["cat", "dog", "bird", "fish", "horse", "spam", "ham", "yes", "no", "maybe"]


def cases(rng):
    example = np.array([[0.7, 0.2, 0.1], [0.1, 0.3, 0.6], [0.2, 0.5, 0.3]])
    yield case(example, ["cat", "dog", "bird"], label="the example")
    yield case(np.array([[0.9, 0.1]]), ["spam", "ham"], label="a single example")
    yield case(np.array([[0.4, 0.4, 0.2], [0.1, 0.45, 0.45]]), ["a", "b", "c"], label="ties: the first column wins")
    yield case(np.array([[-2.0, -0.5], [-1.0, -3.0], [0.0, 0.0]]), ["no", "yes"], label="negative scores")
    for _ in range(4):
        rows, classes = rng.randint(2, 9), rng.randint(2, 5)
        scores = np.array([[round(rng.uniform(0, 1), 3) for _ in range(classes)] for _ in range(rows)])
        yield case(scores, rng.sample(WORDS, classes), label="random scores")


def diagnose(case, expected, got):
    scores, _labels = case.args
    if not isinstance(got, np.ndarray) or got.shape != expected.shape:
        return None
    if got.dtype.kind in "iu" and np.array_equal(got, scores.argmax(axis=1)):
        return (
            "These are column positions, not labels: use them to look the labels up (index an array of the "
            "labels with them)."
        )
    if got.dtype.kind == "f" and np.allclose(got, scores.max(axis=1)):
        return "These are the highest scores themselves: the answer needs where they are, to look up the labels."
    return None
