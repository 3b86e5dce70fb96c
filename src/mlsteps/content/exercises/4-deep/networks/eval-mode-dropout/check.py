import numpy as np
from sklearn.datasets import load_iris
from sklearn.model_selection import train_test_split

from mlsteps.engine.cases import case, tensor

IRIS = load_iris()
MEASUREMENTS = (IRIS.data - IRIS.data.mean(axis=0)) / IRIS.data.std(axis=0)  # 4 columns, each around 0


BORDERLINE = 83  # a flower between two species, where the network is unsure


def iris_case(split, new_rows, seed, label):
    X_train, X_new, y_train, _ = train_test_split(
        MEASUREMENTS, IRIS.target, test_size=new_rows, stratify=IRIS.target, random_state=split
    )
    return case(tensor(X_train), tensor(y_train, dtype="int64"), tensor(X_new), seed, label=label)


def cases(rng):
    yield iris_case(0, 5, 0, "the prompt's example: 5 new flowers")
    others = np.arange(len(MEASUREMENTS)) != BORDERLINE
    yield case(
        tensor(MEASUREMENTS[others]),
        tensor(IRIS.target[others], dtype="int64"),
        tensor(MEASUREMENTS[[BORDERLINE]]),
        7,
        label="one new flower, hard to tell",
    )
    for number in range(3):
        split, new_rows, seed = rng.randint(0, 10_000), rng.randint(10, 40), rng.randint(0, 1000)
        yield iris_case(split, new_rows, seed, f"new flowers ({number + 1})")


def diagnose(case, expected, got):
    if not isinstance(got, tuple) or len(got) != 2 or not all(hasattr(answer, "__array__") for answer in got):
        return None
    first, second = (np.asarray(answer, dtype=float) for answer in got)
    if first.ndim != 2 or first.shape != second.shape:
        return None
    if not np.allclose(first, second):
        return (
            "Asked twice about the same flowers, your function gave two different answers: dropout is still "
            "switching units off at random, because the network is in training mode. Switch it to evaluation "
            "mode first."
        )
    if not np.allclose(first.sum(axis=1), 1, atol=1e-4):
        return (
            "Each row should hold one flower's probabilities, adding up to 1: take the softmax across the classes, "
            "along each row. Along the other dimension each column adds up to 1 instead."
        )
    return None
