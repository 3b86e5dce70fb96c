import numpy as np

from mlsteps.engine.cases import case


def cases(rng):
    yield case(42, 10, label="the example")
    yield case(0, 0, label="no rolls at all")
    yield case(7, 1, label="a single roll")
    yield case(2024, 5, label="fewer rolls than faces")
    yield case(1, 600, label="600 rolls")
    for _ in range(4):
        yield case(rng.randint(0, 10_000), rng.randint(20, 3000), label="a random seed and number of rolls")


def _counts(rolls):
    return np.bincount(rolls, minlength=7)[1:]


def diagnose(case, expected, got):
    seed, n = case.args
    if not isinstance(got, np.ndarray) or got.ndim != 1 or got.dtype.kind not in "iuf":
        return None
    if got.shape == (7,) and np.array_equal(got[1:], expected):
        return (
            "You have 7 counts: np.bincount also counts the number 0, which a die never shows. "
            "Leave that first count out."
        )
    if got.shape != (6,) or n == 0:
        return None
    legacy = np.random.RandomState(seed)
    if np.array_equal(got, _counts(legacy.randint(1, 7, size=n))):
        return (
            "These rolls come from the old np.random functions (np.random.seed, np.random.randint), which make "
            "other numbers from the same seed. Make a Generator from the seed, as the prompt shows, and draw "
            "the rolls from it."
        )
    if got[5] == 0 and got.sum() == n and expected[5] > 0:
        return "No roll was ever a 6: rng.integers leaves out its upper end, so faces 1 to 6 need a higher end."
    if got.sum() == n:
        return (
            "Your counts add up to n, but they come from other rolls. Make the rolls exactly as the prompt shows, "
            "in one call, with no other random calls: the same seed gives the same numbers only in the same order."
        )
    return None
