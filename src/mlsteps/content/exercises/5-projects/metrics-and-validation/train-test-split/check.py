import numpy as np

from mlsteps.engine.cases import case


def cases(rng):
    X = np.array([[10], [20], [30], [40], [50]])
    yield case(X, np.array([0, 1, 0, 1, 1]), 0.4, 0, label="the example")
    prices = np.array([[1.5, 20.0], [2.0, 35.0], [0.5, 12.0], [3.5, 60.0], [1.0, 18.0], [2.5, 41.0], [4.0, 70.0],
                       [3.0, 52.0], [0.8, 15.0]])  # fmt: skip
    labels = np.array([0, 1, 0, 1, 0, 1, 1, 1, 0])
    yield case(prices, labels, 0.3, 7, label="9 rows and 30%: round(2.7) is 3 test rows")
    yield case(np.arange(20).reshape(10, 2), np.arange(10) * 1.5, 0.25, 3, label="exactly halfway: round(2.5) is 2")
    yield case(prices, labels, 0.0, 1, label="a test fraction of 0: no test rows")
    yield case(np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([5.0, 6.0]), 0.5, 11, label="two rows, half and half")
    for _ in range(5):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        rows, columns = int(generator.integers(6, 40)), int(generator.integers(1, 4))
        X = generator.normal(50, 15, size=(rows, columns)).round(1)
        y = generator.integers(0, 3, size=rows)
        fraction = rng.choice([0.1, 0.15, 0.2, 0.25, 0.3, 0.35])
        yield case(X, y, fraction, rng.randint(0, 10_000), label="random rows, fraction and seed")


def _same(got, want):
    return isinstance(got, np.ndarray) and got.shape == want.shape and np.array_equal(got, want)


def diagnose(case, expected, got):
    X, _, test_fraction, _ = case.args
    if not isinstance(got, list | tuple) or len(got) != 4:
        return "Return four arrays, in this order: X_train, X_test, y_train, y_test."
    if not all(isinstance(part, np.ndarray) for part in got):
        return None
    X_train, X_test, y_train, y_test = got
    n_test = round(len(X) * test_fraction)
    if len(X_train) + len(X_test) == len(X) - 1:
        return (
            "One row went missing: the training rows must start exactly where the test rows stop, "
            "so that every row lands in exactly one part."
        )
    if len(X_test) != n_test:
        product = f"round({len(X)} × {test_fraction:g}) = round({len(X) * test_fraction:g})"
        if len(X_test) == int(len(X) * test_fraction):
            return (
                f"The test set has {len(X_test)} rows; it should have {product} = {n_test}. "
                "`int` drops the decimals, while `round` goes to the nearest whole number."
            )
        return f"The test set has {len(X_test)} rows; it should have {product} = {n_test}."
    X_right = _same(X_train, expected[0]) and _same(X_test, expected[1])
    if X_right and not (_same(y_train, expected[2]) and _same(y_test, expected[3])):
        return (
            "The rows of X are right, but X and y were shuffled in different orders, so the answers no longer "
            "belong to their rows. Make one shuffled order and use it for both."
        )
    return None
