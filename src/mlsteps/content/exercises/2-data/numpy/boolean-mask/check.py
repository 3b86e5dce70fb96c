import numpy as np

from mlsteps.engine.cases import case


def cases(rng):
    yield case(np.array([21.5, 30.0, 27.0, 33.5]), 27.0, label="the example")
    yield case(np.array([12.0, 14.5, 9.0]), 20.0, label="no hot days")
    yield case(np.array([25.0, 25.0, 26.0]), 25.0, label="days equal to the threshold")
    yield case(np.array([-3.0, -1.5, 0.5, -8.0]), -2, label="below zero")
    yield case(np.array([18.0]), 10.0, label="a single day")
    for _ in range(4):
        temperatures = np.array([float(rng.randint(50, 350)) / 10 for _ in range(rng.randint(5, 30))])
        threshold = rng.choice(temperatures.tolist())
        yield case(temperatures, threshold, label="a random month")


def diagnose(case, expected, got):
    temperatures, threshold = case.args
    if not isinstance(got, tuple) or len(got) != 2:
        return None
    picked, count = got
    if isinstance(picked, np.ndarray) and picked.dtype.kind == "b" and picked.shape == temperatures.shape:
        return (
            "You returned the mask itself (True or False for each day). "
            "A mask is a tool to pick with: use it to index the temperatures (boolean indexing)."
        )
    at_least = temperatures >= threshold
    if (
        isinstance(picked, np.ndarray)
        and picked.shape == temperatures[at_least].shape
        and np.array_equal(picked, temperatures[at_least])
        and not np.array_equal(at_least, temperatures > threshold)
    ):
        return (
            "A temperature equal to the threshold is not above it: your comparison also keeps the days exactly "
            "on it."
        )
    if isinstance(count, int) and count == len(temperatures) != expected[1]:
        return "Your count counts every day, not the hot ones: a mask has one value per day, so count the True ones."
    return None
