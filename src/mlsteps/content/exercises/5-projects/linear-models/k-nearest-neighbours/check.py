from collections import Counter

import numpy as np

from mlsteps.engine.cases import case

X_EXAMPLE = np.array([[1, 1], [2, 1], [1, 2], [6, 5], [7, 6], [6, 7]])
Y_EXAMPLE = np.array([0, 0, 0, 1, 1, 1])


def cases(rng):
    yield case(X_EXAMPLE, Y_EXAMPLE, np.array([[1.2, 1.4], [6.5, 6.0], [4.0, 3.5]]), 3, label="the example")
    yield case(X_EXAMPLE, Y_EXAMPLE, np.array([[4.0, 3.5]]), 2, label="the example's tie: one vote each")
    yield case(X_EXAMPLE, Y_EXAMPLE, np.array([[4.2, 3.7], [2.4, 1.9]]), 1, label="k = 1: the single nearest row")
    yield case(X_EXAMPLE, np.array([4, 2, 4, 2, 7, 7]), np.array([[3.1, 2.2], [6.4, 6.8]]), 6,
               label="k = every row: labels 2, 4 and 7 get two votes each")  # fmt: skip
    temperatures = np.array([[12.0], [14.5], [15.0], [21.0], [23.5], [26.0], [30.5]])
    yield case(temperatures, np.array([2, 2, 1, 1, 0, 0, 0]), np.array([[13.1], [18.4], [24.1], [33.0]]), 3,
               label="one feature, labels 0, 1 and 2")  # fmt: skip
    for _ in range(5):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        rows, features = int(generator.integers(10, 40)), int(generator.integers(1, 4))
        classes = int(generator.integers(2, 5))
        centres = generator.uniform(-4, 4, size=(classes, features))
        y_train = generator.integers(0, classes, size=rows)
        X_train = generator.normal(centres[y_train], 1.5)
        X_new = generator.uniform(-5, 5, size=(int(generator.integers(5, 15)), features))
        yield case(X_train, y_train, X_new, int(generator.integers(1, 8)), label="random groups of points")


def _predict(X_train, y_train, X_new, k, start=0, extra=0, smallest=True):
    """The prompt's rule, or a wrong version of it, for diagnose."""
    predictions = []
    for point in X_new:
        nearest = np.argsort(np.sqrt(((X_train - point) ** 2).sum(axis=1)))[start : k + start + extra]
        labels = y_train[nearest].tolist()
        if smallest:
            predictions.append(np.bincount(labels).argmax())
        else:
            predictions.append(Counter(labels).most_common(1)[0][0])
    return np.array(predictions)


def diagnose(case, expected, got):
    X_train, y_train, X_new, k = case.args
    if not isinstance(got, np.ndarray) or got.shape != expected.shape:
        return None
    if k < len(X_train) and np.array_equal(got, _predict(X_train, y_train, X_new, k, start=1)):
        return (
            "Your vote skips the nearest training row. Skipping the first one is only for a point that is itself "
            "in the training data; these new points are not, so the nearest row counts: `np.argsort(distances)[:k]`."
        )
    if k < len(X_train) and np.array_equal(got, _predict(X_train, y_train, X_new, k, extra=1)):
        return "Your vote counts k + 1 neighbours: `np.argsort(distances)[:k]` already holds exactly k positions."
    if np.array_equal(got, _predict(X_train, y_train, X_new, k, smallest=False)):
        return (
            "When labels get the same number of votes, the smallest label must win. `Counter.most_common` picks "
            "the one it met first instead; `np.bincount(labels).argmax()` picks the smallest."
        )
    return None
