import numpy as np
from sklearn.datasets import load_iris

from mlsteps.engine.cases import case, tensor
from mlsteps.engine.plain_data import TensorValue

IRIS = load_iris()
X = ((IRIS.data - IRIS.data.mean(axis=0)) / IRIS.data.std(axis=0)).astype(np.float32)
PARTS = ("start", "noise", "order", "final")


def cases(rng):
    first, second = rng.randint(0, 10_000), rng.randint(0, 10_000)
    yield case(tensor(X), tensor(IRIS.target, dtype="int64"), first, label="a run")
    yield case(tensor(X), tensor(IRIS.target, dtype="int64"), first, label="the same seed again: the same run")
    yield case(tensor(X), tensor(IRIS.target, dtype="int64"), second, label="another seed: another run")
    yield case(tensor(X), tensor(IRIS.target, dtype="int64"), first, label="the first seed once more")
    yield case(tensor(X[::2]), tensor(IRIS.target[::2], dtype="int64"), second, label="half the flowers")


def same(want, got):
    if isinstance(want, TensorValue) and isinstance(got, TensorValue):
        return want.shape == got.shape and np.allclose(np.asarray(want.values), np.asarray(got.values), atol=1e-6)
    return want == got


def diagnose(case, expected, got):
    if not isinstance(got, tuple) or len(got) != 4 or not isinstance(expected, tuple):
        return None
    wrong = [name for name, want, have in zip(PARTS, expected, got, strict=True) if not same(want, have)]
    if not wrong:
        return None
    where = {
        "start": (
            "The starting weights are not those this seed gives: PyTorch drew them before it was seeded (or it was "
            "not seeded). Seed it first, before the model is built."
        ),
        "noise": (
            "The noise is not the one this seed gives: NumPy's generator was not seeded. It keeps its own random "
            "numbers, apart from PyTorch's: give it the seed too."
        ),
        "order": (
            "The order of the rows is not the one this seed gives: Python's random generator, which shuffles them, "
            "was not seeded. It is a third source of randomness, apart from PyTorch's and NumPy's."
        ),
        "final": (
            "Everything drawn at the start matches, but the final weights differ: something random during training "
            "(dropout draws from PyTorch's generator) did not follow from the seed."
        ),
    }
    return where[wrong[0]]
