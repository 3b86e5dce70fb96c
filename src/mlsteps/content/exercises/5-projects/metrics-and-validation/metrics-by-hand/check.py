import math

import numpy as np

from mlsteps.engine.cases import case

KEYS = ("accuracy", "precision", "recall", "f1")


def cases(rng):
    yield case(np.array([1, 0, 1, 1, 0, 0]), np.array([1, 0, 0, 1, 1, 1]), label="the example")
    yield case(np.array([0, 1, 1, 0]), np.array([0, 1, 1, 0]), label="every prediction right")
    yield case(np.array([1, 0, 1, 0, 0]), np.array([0, 0, 0, 0, 0]), label="the model never says yes")
    yield case(np.array([0, 0, 0, 0]), np.array([1, 0, 1, 0]), label="no real yes cases at all")
    yield case(np.array([0, 0, 0]), np.array([0, 0, 0]), label="only no, everywhere")
    yield case(np.array([1, 1, 0, 0]), np.array([0, 0, 1, 1]), label="every prediction wrong")
    yield case(np.array([1]), np.array([1]), label="a single example")
    for _ in range(5):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        size = int(generator.integers(10, 60))
        y_true = (generator.random(size) < generator.uniform(0.1, 0.5)).astype(int)  # "yes" is the rarer answer
        wrong = generator.random(size) < generator.uniform(0.1, 0.4)
        y_pred = np.where(wrong, 1 - y_true, y_true)
        yield case(y_true, y_pred, label="random predictions, some of them wrong")


def _close(a, b):
    return isinstance(a, int | float) and isinstance(b, int | float) and math.isclose(a, b, abs_tol=1e-9)


def diagnose(case, expected, got):
    if not isinstance(got, dict) or set(got) != set(KEYS):
        keys = ", ".join(repr(key) for key in KEYS)
        return f"Return a dict with exactly these four keys: {keys}."
    if any(isinstance(value, float) and math.isnan(value) for value in got.values()):
        return (
            "A division by zero gave nan. When the bottom of a fraction is 0 (say, the model never predicts 1, "
            "so TP + FP is 0), that metric is 0.0 by this exercise's rule: check the bottom before dividing."
        )
    precision, recall = expected["precision"], expected["recall"]
    if precision != recall and _close(got["precision"], recall) and _close(got["recall"], precision):
        return (
            "Your precision and recall are swapped. Precision divides by everything the model predicted as 1 "
            "(TP + FP); recall divides by everything that truly is 1 (TP + FN)."
        )
    right = _close(got["precision"], precision) and _close(got["recall"], recall)
    if right and precision != recall and _close(got["f1"], (precision + recall) / 2):
        return (
            "F1 is not the plain average of precision and recall but their harmonic mean: "
            "2 × precision × recall / (precision + recall), which stays low when either one is low."
        )
    return None
