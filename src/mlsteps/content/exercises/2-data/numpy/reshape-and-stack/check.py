import numpy as np

from mlsteps.engine.cases import case


def cases(rng):
    yield case(np.arange(1, 25), label="the example")
    yield case(np.array([2.5] * 12), label="a single year of decimal numbers")
    yield case(np.array([], dtype=int), label="no years at all")
    yield case(np.arange(36) % 5 - 2, label="three years with negative values")
    for _ in range(4):
        years = rng.randint(2, 6)
        monthly = np.array([rng.randint(0, 500) for _ in range(12 * years)])
        yield case(monthly, label="random monthly sales")


def diagnose(case, expected, got):
    (monthly,) = case.args
    if not isinstance(got, np.ndarray) or monthly.size == 0:
        return None
    if got.ndim == 2 and got.shape[0] == 12 and got.shape != expected.shape:
        return (
            "reshape(12, -1) gives 12 rows, one per month. Each year should be a row of 12 months: "
            "the 12 goes in the other place."
        )
    if got.ndim == 1:
        return (
            "Your result is flat (1-D): np.append and np.concatenate without an axis join everything into one "
            "long row. The totals must become one more column of the table (look up column_stack)."
        )
    return None
