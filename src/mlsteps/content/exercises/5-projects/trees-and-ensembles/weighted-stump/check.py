import numpy as np

from mlsteps.engine.cases import case

NEAR = 1e-9  # errors closer than this, from different sets of wrong rows, could tie either way by rounding


def _candidates(X, y, weights, thresholds="halfway", polarities=(1, -1), counted=False):
    for feature in range(X.shape[1]):
        values = np.unique(X[:, feature])
        cuts = (values[:-1] + values[1:]) / 2 if thresholds == "halfway" else values
        for threshold in cuts:
            on_left = X[:, feature] <= threshold
            for polarity in polarities:
                wrong = np.where(on_left, polarity, -polarity) != y
                error = float(wrong.sum()) if counted else float(weights[wrong].sum())
                yield feature, float(threshold), polarity, error, wrong


def _best(X, y, weights, last_of_ties=False, **options):
    best = None
    for feature, threshold, polarity, error, _ in _candidates(X, y, weights, **options):
        if best is None or error < best[3] or (last_of_ties and error == best[3]):
            best = (feature, threshold, polarity, error)
    return best


def _clear(X, y, weights):
    """No near tie between stumps that get different rows wrong (an exact tie of the same rows is fine)."""
    scored = list(_candidates(X, y, weights))
    lowest = min(item[3] for item in scored)
    return len({item[4].tobytes() for item in scored if item[3] - lowest < NEAR}) == 1


def cases(rng):
    X = np.array([[1.0], [2.0], [3.0], [4.0]])
    y = np.array([1, -1, 1, 1])
    yield case(X, y, np.array([0.25, 0.25, 0.25, 0.25]), label="the example, equal weights")
    yield case(X, y, np.array([0.7, 0.1, 0.1, 0.1]), label="the example, row 0 heavy")
    yield case(
        np.array([[1.0, 10.0], [2.0, 20.0], [3.0, 30.0], [4.0, 40.0]]),
        np.array([1, 1, -1, -1]),
        np.array([0.25, 0.25, 0.25, 0.25]),
        label="two features that split equally well",
    )
    yield case(
        np.array([[0.0], [1.0], [2.0], [3.0], [4.0], [5.0]]),
        np.array([1, -1, -1, -1, 1, 1]),
        np.array([0.05, 0.05, 0.05, 0.05, 0.4, 0.4]),
        label="fewer wrong rows is not less weight",
    )
    yield case(
        np.array([[5.0, 1.0], [5.0, 2.0], [5.0, 3.0], [1.0, 4.0]]),
        np.array([-1, -1, 1, 1]),
        np.array([0.1, 0.2, 0.3, 0.4]),
        label="repeated values in a feature",
    )
    made = 0
    while made < 5:
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        rows, features = int(generator.integers(8, 25)), int(generator.integers(1, 4))
        X = np.round(generator.normal(0, 1, size=(rows, features)), 1)
        y = np.where(generator.random(rows) < 0.5, -1, 1)
        weights = generator.random(rows) ** 2
        weights = weights / weights.sum()
        if len(np.unique(X[:, 0])) > 1 and _clear(X, y, weights):
            made += 1
            yield case(X, y, weights, label="random rows and weights")


def diagnose(case, expected, got):
    if not isinstance(got, list | tuple) or len(got) != 4:
        return "Return a tuple of four things: (feature, threshold, polarity, error)."
    X, y, weights = case.args
    for options, advice in (
        (
            {"counted": True},
            "Your stump was chosen by how many rows it gets wrong. Its error adds up the weights of the wrong rows, "
            "so that a few heavy rows can matter more than many light ones.",
        ),
        (
            {"polarities": (1,)},
            "Only polarity +1 was tried. A stump may also say -1 for the rows at most the threshold and +1 for "
            "the others: try polarity -1 for every question too.",
        ),
        (
            {"thresholds": "values"},
            "Your thresholds are the feature's own values. They lie halfway between neighbouring distinct "
            "values, so the question splits the rows the same way whatever side a value rounds to.",
        ),
        (
            {"last_of_ties": True},
            "Several stumps tie for the smallest error and you kept the last of them. Keep the first of them: "
            "smallest feature, then smallest threshold, then polarity +1.",
        ),
    ):
        variant = _best(X, y, weights, **options)
        if variant != tuple(expected) and np.allclose(list(got), list(variant), atol=1e-9):
            return advice
    return None
