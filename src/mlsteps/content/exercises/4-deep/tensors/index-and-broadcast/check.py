import numpy as np

from mlsteps.engine.cases import case, tensor
from mlsteps.engine.plain_data import TensorValue

EXAMPLE = [[1.0, 10.0], [2.0, 20.0], [3.0, 30.0], [9.0, 0.0]]


def table(numbers, rows, cols):
    return np.round(numbers.normal(50, 20, size=(rows, cols)), 1).astype(np.float32)


def cases(rng):
    numbers = np.random.default_rng(rng.randint(0, 2**32 - 1))
    yield case(tensor(np.array(EXAMPLE, dtype=np.float32)), 3, label="the example")
    yield case(tensor(table(numbers, 5, 3)), 5, label="every row is a training row")
    yield case(tensor(table(numbers, 6, 1)), 4, label="one column")
    yield case(tensor(table(numbers, 5, 2)), 2, label="as many training rows as columns")
    yield case(tensor(table(numbers, 3, 4)), 1, label="one training row")
    for _ in range(4):
        rows = int(numbers.integers(4, 12))
        yield case(tensor(table(numbers, rows, int(numbers.integers(2, 6)))), int(numbers.integers(2, rows)),
                   label="a random table")


def diagnose(case, expected, got):
    x_arg, n_train = case.args
    x = x_arg.values.astype(float)
    if not isinstance(got, TensorValue):
        return None
    rows, cols = x.shape
    try:
        row_means = x - x[:n_train].mean(axis=1)  # what dim=1 gives, broadcast the same way
    except ValueError:
        row_means = None
    if row_means is not None and got.shape == row_means.shape and np.allclose(got.values, row_means, atol=1e-3):
        if got.shape != x.shape:
            return (
                f"Your result has shape {got.shape}, not {x.shape}: the means have shape ({n_train},), one per "
                f"training row (dim=1 averages along each row), and PyTorch stretched (broadcast) a ({rows}, 1) "
                f"column against them into a {rows} x {n_train} table without any error. Average down the rows "
                "instead, to get one mean per column."
            )
        return (
            f"You subtracted one mean per training row (dim=1 averages along each row). Here the {n_train} row "
            f"mean(s) happened to fit the {cols} column(s), so PyTorch stretched (broadcast) them with no error, "
            "but the answer is wrong. Average down the rows instead, to get one mean per column."
        )
    if got.shape != x.shape:
        return None
    values = got.values.astype(float)
    if np.allclose(values, x - x.mean(axis=0), rtol=1e-4, atol=1e-4):
        return (
            "You subtracted the means of every row, test rows included. Use only the first n_train rows "
            "to compute the means (and subtract them from all the rows)."
        )
    if np.allclose(values, expected.values, rtol=1e-4, atol=1e-4):
        return (
            "Your numbers are right, but an in-place subtraction changed the tensor you were given. Subtract "
            "into a new tensor instead."
        )
    return None
