import numpy as np

from mlsteps.engine.cases import case


def cases(rng):
    yield case(np.array([2.7, 0.2, -2.7, 12.0]), label="the example")
    yield case(np.array([2.5, 3.5, -0.5, 0.49]), label="values exactly halfway")
    yield case(np.array([3.9999999, 7.0000001]), label="numbers spoiled by a calculation")
    yield case(np.array([]), label="an empty array")
    yield case(np.array([[1.6, -0.6], [10.1, 99.9]]), label="a 2-D array")
    for _ in range(4):
        values = np.array([round(rng.uniform(-100, 100), 3) for _ in range(rng.randint(3, 12))])
        yield case(values, label="random decimal numbers")


def diagnose(case, expected, got):
    (values,) = case.args
    if not isinstance(got, np.ndarray) or got.shape != values.shape:
        return None
    if np.array_equal(got, np.trunc(values)) and not np.array_equal(got, expected):
        return (
            "Your numbers were cut short, not rounded: .astype(int) cuts the decimals off (2.7 becomes 2). "
            "Round to the nearest whole number first, then change the dtype."
        )
    if got.dtype.kind == "f" and np.array_equal(got, expected):
        return (
            "The values are rounded, but still stored as decimal numbers (float): the dtype must be an "
            "integer one (look up astype)."
        )
    return None
