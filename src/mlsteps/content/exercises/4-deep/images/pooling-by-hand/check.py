import numpy as np

from mlsteps.engine.cases import case, tensor
from mlsteps.engine.plain_data import TensorValue

EXAMPLE = [[1, 2, 5, 0, 9], [3, 4, 1, 1, 9], [0, 0, 2, 2, 9]]


def floats(values):
    return tensor(np.asarray(values, dtype=np.float32))


def cases(rng):
    numbers = np.random.default_rng(rng.randint(0, 2**32 - 1))
    yield case(floats(EXAMPLE), 2, "max", label="the example: one row and one column left over")
    yield case(floats(EXAMPLE), 2, "mean", label="the example, averaged")
    yield case(floats(np.arange(16).reshape(4, 4)), 2, "max", label="a 4×4 image in four separate 2×2 windows")
    yield case(floats(-1 - numbers.integers(0, 9, (4, 6))), 2, "max", label="every pixel negative")
    yield case(floats(numbers.integers(0, 9, (7, 7))), 3, "mean", label="size 3: one row and one column left over")
    yield case(floats(numbers.integers(0, 9, (2, 5))), 2, "max", label="one row of windows")
    yield case(floats(numbers.integers(0, 9, (3, 3))), 1, "mean", label="size 1 changes nothing")
    for _ in range(6):
        rows, cols, size = int(numbers.integers(2, 11)), int(numbers.integers(2, 11)), int(numbers.integers(2, 4))
        image = np.round(numbers.normal(size=(max(rows, size), max(cols, size))), 2)
        yield case(floats(image), size, str(numbers.choice(["max", "mean"])), label="a random normalised image")


def diagnose(case, expected, got):
    if not isinstance(got, TensorValue) or not isinstance(expected, TensorValue):
        return None
    image, size, mode = np.asarray(case.args[0].values, dtype=float), case.args[1], case.args[2]
    rows, cols = image.shape
    if size > 1 and got.shape == (rows - size + 1, cols - size + 1):
        return (
            "Your result has a number for every position of the window, one pixel apart: the windows overlap. "
            "Pooling windows sit side by side, each starting `size` pixels after the last."
        )
    if got.shape == (-(-rows // size), -(-cols // size)) and got.shape != expected.shape:
        return (
            "You kept the windows at the bottom or the right that have too few pixels: rows and columns that are "
            "too few to fill a whole window are dropped."
        )
    if mode == "max" and got.shape == expected.shape:
        want = np.asarray(expected.values)
        values = np.asarray(got.values)
        wrong = ~np.isclose(values, want, atol=1e-5)
        if wrong.any() and np.allclose(values[wrong], 0) and (want[wrong] < 0).all():
            return (
                "Where every pixel of a window is negative, you returned 0: your largest value started from 0, "
                "which is larger than all of them. Start from the window's own pixels instead."
            )
    return None
