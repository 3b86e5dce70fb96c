import numpy as np

from mlsteps.engine.cases import case


def cases(rng):
    yield case(np.array([[1.0, 10.0], [3.0, 30.0]]), label="the example")
    yield case(np.array([[4.0, 5.0, 6.0]]), label="a single row")
    yield case(np.array([[1, 2], [3, 4], [5, 7]]), label="whole numbers")
    yield case(np.array([[-2.5], [2.5]]), label="a single column")
    for _ in range(4):
        rows, columns = rng.randint(2, 8), rng.randint(2, 6)
        values = np.array([[round(rng.uniform(-100, 100), 2) for _ in range(columns)] for _ in range(rows)])
        yield case(values, label="random measurements")


def diagnose(case, expected, got):
    (values,) = case.args
    if isinstance(got, np.ndarray) and got.shape == (values.shape[0],) and values.shape[0] != values.shape[1]:
        return (
            "This is one mean per row: you reduced along the columns. Each column needs its own mean, so "
            "reduce down the rows instead (look up the axis argument)."
        )
    if got is not None and np.ndim(got) == 0:
        return (
            "You returned a single number: the mean of the whole array. Ask for one mean per column by "
            "telling mean which axis to reduce."
        )
    return None
