import numpy as np

from mlsteps.engine.cases import case


def cases(rng):
    yield case(np.array([1.5, -0.2, 0.0, 3.1]), label="the example")
    yield case(np.array([0.4, 2.0, 7.25]), label="nothing to clean")
    yield case(np.array([-0.1, -0.3]), label="only negative readings")
    yield case(np.array([], dtype=float), label="no readings")
    yield case(np.array([[2, -1, 0], [-4, 5, 6]]), label="a 2-D array of whole numbers")
    for _ in range(4):
        readings = np.array([round(rng.uniform(-0.5, 6.0), 1) for _ in range(rng.randint(5, 25))])
        yield case(readings, label="a random month of readings")


def diagnose(case, expected, got):
    (readings,) = case.args
    if (
        isinstance(got, np.ndarray)
        and got.shape == expected.shape
        and got.dtype == expected.dtype
        and np.array_equal(got, expected)
    ):
        return (
            "Giving an array a new name (cleaned = readings) does not copy it: both names are the same array. "
            "Start from a real copy of the array, and change only the copy."
        )
    if isinstance(got, np.ndarray) and got.ndim == 1 and (readings < 0).any():
        kept = readings[readings >= 0]
        if got.shape == kept.shape and np.array_equal(got, kept):
            return (
                "You dropped the negative readings. Keep every reading in its place and set the negative "
                "ones to 0: assign through a mask instead of selecting with it."
            )
    return None
