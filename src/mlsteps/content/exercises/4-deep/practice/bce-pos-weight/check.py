import math

import numpy as np

from mlsteps.engine.cases import case, tensor
from mlsteps.engine.plain_data import TensorValue


def floats(values):
    return tensor(np.asarray(values, dtype=np.float32))


def labels_case(numbers, targets, label):
    targets = np.asarray(targets, dtype=np.float32)
    return case(floats(np.round(numbers.normal(0, 2, targets.shape), 2)), floats(targets), label=label)


def cases(rng):
    numbers = np.random.default_rng(rng.randint(0, 2**32 - 1))
    yield case(floats([[2.0, -1.0], [-1.0, 0.5], [-3.0, -2.0], [0.0, 1.0]]),
               floats([[1, 0], [0, 1], [0, 0], [0, 1]]), label="the example: two columns")
    yield labels_case(numbers, np.eye(8)[:, :1], "one column, 1 positive in 8: weight 7")
    yield labels_case(numbers, [[0, 1], [0, 0], [0, 1], [0, 0]], "a column without a single positive")
    yield labels_case(numbers, [[1, 1, 0], [1, 0, 0], [1, 0, 0], [0, 0, 1]], "positives more common than negatives")
    for _ in range(4):
        rows, columns = int(numbers.integers(5, 40)), int(numbers.integers(1, 6))
        rates = numbers.uniform(0.02, 0.6, columns)
        yield labels_case(numbers, numbers.random((rows, columns)) < rates, "random labels, some rare")


def diagnose(case, expected, got):
    if not isinstance(got, tuple) or len(got) != 2 or not isinstance(got[0], TensorValue):
        return None
    targets = np.asarray(case.args[1].values, dtype=float)
    weights = np.asarray(got[0].values, dtype=float)
    if weights.shape != (targets.shape[1],):
        return f"Give one weight per column: {targets.shape[1]} columns, so a tensor of shape ({targets.shape[1]},)."
    positives = targets.sum(axis=0)
    negatives = len(targets) - positives
    if not np.isfinite(weights).all() or any(isinstance(v, float) and math.isnan(v) for v in weights):
        return (
            "Some weights are infinite or NaN: a column with no positive at all divides by 0. Give such a column "
            "the weight 1 (there is nothing to weigh)."
        )
    has = positives > 0
    if np.allclose(weights[has], positives[has] / np.maximum(negatives[has], 1)) and not np.allclose(
        weights[has], negatives[has] / positives[has]
    ):
        return (
            "Your weights are upside down: positives / negatives. The weight multiplies the loss of the positives, "
            "so a rare positive needs a large weight: negatives / positives."
        )
    overall = (targets.size - targets.sum()) / max(targets.sum(), 1)
    if targets.shape[1] > 1 and np.allclose(weights, overall):
        return "You gave every column the same weight, from the whole table: count each column's positives apart."
    return None
