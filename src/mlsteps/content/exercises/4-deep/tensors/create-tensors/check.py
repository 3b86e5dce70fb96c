import numpy as np

from mlsteps.engine.cases import case
from mlsteps.engine.plain_data import TensorValue

NAMES = ("features", "weights", "labels")


def cases(rng):
    yield case(2, 3, label="the example")
    yield case(1, 1, label="one row and one column")
    yield case(1, 4, label="one row")
    yield case(5, 1, label="one column")
    for _ in range(4):
        yield case(rng.randint(2, 9), rng.randint(2, 6), label="random sizes")


def diagnose(case, expected, got):
    if not isinstance(got, tuple) or len(got) != 3:
        return None
    cols = case.args[1]
    for name, want, have in zip(NAMES, expected, got, strict=True):
        if not isinstance(have, TensorValue):
            return f"{name} must be a PyTorch tensor: make it with a torch function such as torch.zeros."
        if name == "weights" and have.shape == (cols,):
            return (
                "weights should be a column: shape (cols, 1). One size makes a flat row of cols numbers; "
                "two sizes make cols rows of one number each."
            )
        if have.shape != want.shape:
            return f"{name} should have shape {want.shape}: give the sizes to the function that makes it."
        if name == "features" and have.dtype == "torch.int64":
            return (
                "torch.arange counts in whole numbers (int64) when you give it a whole number: ask it for "
                "float32, because a network computes with decimal numbers."
            )
        if name == "labels" and have.dtype.startswith("torch.float"):
            return (
                "Class labels must be whole numbers (torch.int64): PyTorch's classification losses refuse "
                "decimal labels. Ask for int64 when you make them."
            )
        if have.dtype != want.dtype:
            return f"{name} should hold {want.dtype}, not {have.dtype}: pass dtype= to the function that makes it."
        if not np.array_equal(np.asarray(have.values, dtype=float), np.asarray(want.values, dtype=float)):
            return f"{name} has the right shape and dtype, but not the right numbers."
    return None
