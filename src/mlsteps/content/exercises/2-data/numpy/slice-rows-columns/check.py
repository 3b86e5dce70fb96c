import numpy as np

from mlsteps.engine.cases import case


def cases(rng):
    yield case(np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]]), label="the example")
    yield case(np.array([[10.5, 20.5, 30.5, 40.5]]), label="a single row")
    yield case(np.array([[1, 2], [3, 4], [5, 6], [7, 8]]), label="exactly two columns")
    yield case(np.arange(30).reshape(6, 5), label="an even number of rows")
    for _ in range(5):
        rows, columns = rng.randint(3, 9), rng.randint(3, 6)
        values = rng.sample(range(100, 1000), rows * columns)
        yield case(np.array(values).reshape(rows, columns), label="random readings")


def diagnose(case, expected, got):
    (table,) = case.args
    if not isinstance(got, np.ndarray) or got.size == 0 or np.array_equal(got, expected):
        return None
    if np.array_equal(got, table[::2][-2:]):
        return (
            "table[::2][-2:] picks rows twice: the second brackets take the last two of those rows. "
            "Put both slices in one pair of brackets with a comma: table[rows, columns]."
        )
    if np.array_equal(got, table[1::2, -2:]):
        return "You started at the second row (index 1). Every other row from the first one is the slice ::2."
    if np.array_equal(got, table[::2, :2]):
        return "These are the first two columns: the last two are needed (negative positions count from the end)."
    return None
