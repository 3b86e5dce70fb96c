import numpy as np

from mlsteps.engine.cases import case


def cases(rng):
    yield case(2, 3, 7, label="the example")
    yield case(1, 2, 0.5, label="a decimal fill value")
    yield case(0, 4, 1, label="no rows at all")
    yield case(3, 1, -2, label="one column of negative numbers")
    yield case(4, 2, 0, label="a grid of zeros")
    for _ in range(4):
        rows, cols = rng.randint(1, 6), rng.randint(1, 6)
        fill = rng.randint(-9, 9) if rng.random() < 0.5 else round(rng.uniform(-10, 10), 2)
        yield case(rows, cols, fill, label="a random size and value")


def diagnose(case, expected, got):
    rows, cols, fill = case.args
    if not isinstance(got, np.ndarray):
        return None
    if rows != cols and got.shape == (cols, rows):
        return "The rows and columns are swapped: the shape is (rows, cols), with the number of rows first."
    if got.shape == expected.shape and isinstance(fill, int) and got.dtype.kind == "f":
        return (
            "Your grid holds decimal numbers, but fill is a whole number: np.zeros and np.ones make decimal numbers "
            "by default. Build the grid so that it takes its dtype from fill itself."
        )
    return None
