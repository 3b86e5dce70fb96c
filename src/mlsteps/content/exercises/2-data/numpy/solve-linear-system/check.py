import numpy as np

from mlsteps.engine.cases import case


def _baskets(rng, items):
    """Random counts, drawn again until the prices can be told apart comfortably."""
    while True:
        counts = np.array([[rng.randint(0, 5) for _ in range(items)] for _ in range(items)])
        if abs(np.linalg.det(counts)) >= 1 and np.linalg.cond(counts) < 50:
            return counts


def cases(rng):
    yield case(np.array([[2, 1], [3, 2]]), np.array([4.0, 7.0]), label="the example")
    yield case(np.array([[4]]), np.array([10.0]), label="one item, one basket")
    yield case(
        np.array([[1, 0, 0], [1, 1, 0], [1, 1, 1]]), np.array([0.5, 2.0, 4.25]), label="each basket adds one item"
    )
    yield case(np.array([[1, 2], [1, 2]]), np.array([5.0, 5.0]), label="two identical baskets", raises="LinAlgError")
    for _ in range(4):
        items = rng.randint(2, 4)
        baskets = _baskets(rng, items)
        prices = np.array([rng.randint(50, 1000) / 100 for _ in range(items)])
        yield case(baskets, np.round(baskets @ prices, 2), label="random baskets")


def diagnose(case, expected, got):
    baskets, totals = case.args
    if not isinstance(got, np.ndarray) or got.shape != expected.shape or got.dtype.kind not in "iuf":
        return None
    try:
        wrong_order = totals @ np.linalg.inv(baskets)
    except np.linalg.LinAlgError:
        return None
    if np.allclose(got, wrong_order) and not np.allclose(wrong_order, expected):
        return (
            "You multiplied in the wrong order: matrix products do not commute, and the inverse must come "
            "first. Simpler and more accurate: let NumPy solve the system itself (np.linalg)."
        )
    return None
