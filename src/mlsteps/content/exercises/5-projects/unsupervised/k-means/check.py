import numpy as np

from mlsteps.engine.cases import case


def cases(rng):
    X = np.array([[1, 1], [1.5, 2], [8, 8], [9, 8.5], [1, 0.5], [8.5, 9]])
    start = np.array([[1.0, 1.0], [1.5, 2.0]])
    yield case(X, start, 1, label="the example: one step")
    yield case(X, start, 2, label="the example: two steps")
    yield case(X, start, 5, label="the example: five steps (it has settled)")
    yield case(X, np.array([[0.0, 0.0], [9.0, 9.0], [50.0, -50.0]]), 3, label="a centre that no point is near")
    yield case(X, np.array([[4.0, 4.0]]), 2, label="a single centre: it goes to the mean of all points")
    prices = np.array([[2.1], [2.4], [2.2], [9.8], [10.5], [5.9], [6.3], [6.1]])
    yield case(prices, np.array([[2.0], [4.0], [11.0]]), 4, label="one column of prices, three centres")
    for _ in range(5):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        features, groups = int(generator.integers(2, 4)), int(generator.integers(2, 5))
        sizes = generator.integers(5, 20, size=groups)
        middles = generator.uniform(-10, 10, size=(groups, features))
        X = np.vstack([generator.normal(middle, 1.5, size=(size, features))
                       for middle, size in zip(middles, sizes, strict=True)])  # fmt: skip
        X = X[generator.permutation(len(X))]
        k = int(generator.integers(2, 5))
        start = X[generator.choice(len(X), size=k, replace=False)].copy()  # k random points as starting centres
        yield case(X, start, int(generator.integers(1, 8)), label="random groups, random starting points")


def _assign(X, centres):
    return np.sqrt(((X[:, np.newaxis, :] - centres[np.newaxis, :, :]) ** 2).sum(axis=2)).argmin(axis=1)


def diagnose(case, expected, got):
    X, start, _ = case.args
    if not isinstance(got, list | tuple) or len(got) != 2:
        return "Return two things, the centres and the labels: `return centres, labels`."
    centres, labels = got
    want_centres, want_labels = expected
    if not isinstance(centres, np.ndarray) or centres.shape != want_centres.shape:
        return None
    if np.isnan(centres).any():
        return (
            "A centre became nan: its cluster had no points, and the mean of nothing is nan. A cluster with no "
            "points must keep its centre where it is: only update a centre when `len(members) > 0`."
        )
    if np.allclose(centres, start) and not np.allclose(want_centres, start):
        return (
            "Your centres never moved: they are still the starting ones. After working out the mean of each "
            "cluster, store it back into the centres."
        )
    if (
        np.allclose(centres, want_centres)
        and isinstance(labels, np.ndarray)
        and labels.shape == want_labels.shape
        and np.array_equal(labels, _assign(X, want_centres))
    ):
        return (
            "Your centres are right, but your labels come from a new assignment after the last update. Return "
            "the labels of the last step, the ones the final centres were averaged from."
        )
    return None
