import numpy as np

from mlsteps.engine.cases import case

NEAR = 1e-9  # scores closer than this count as a tie


def _gini(labels):
    if len(labels) == 0:
        return 0.0
    _, counts = np.unique(labels, return_counts=True)
    return 1 - np.sum((counts / len(labels)) ** 2)


def _splits(X, y, weighted=True):
    """Every candidate split in the order of the rules: (feature, threshold, score, left mask)."""
    n = len(y)
    for feature in range(X.shape[1]):
        values = np.unique(X[:, feature])
        for threshold in (values[:-1] + values[1:]) / 2:
            left = X[:, feature] <= threshold
            if weighted:
                score = left.sum() / n * _gini(y[left]) + (~left).sum() / n * _gini(y[~left])
            else:
                score = (_gini(y[left]) + _gini(y[~left])) / 2
            yield feature, float(threshold), float(score), left


def _best(X, y, weighted=True, last_of_ties=False):
    best = None
    for feature, threshold, score, _ in _splits(X, y, weighted):
        if best is None or score < best[2] or (last_of_ties and score == best[2]):
            best = (feature, threshold, score)
    return best


def _clear_winner(X, y):
    """True unless two splits with different group counts nearly tie for the best score.

    Splits whose groups hold the same class counts get the same score to the last bit however the score is
    computed, so their tie is decided by the rules alone; a near tie between different counts could go either
    way by rounding, and random data with one is drawn again.
    """
    classes = np.unique(y)
    scored = list(_splits(X, y))
    lowest = min(score for _, _, score, _ in scored)
    shapes = set()
    for _, _, score, left in scored:
        if score - lowest < NEAR:
            counts = [tuple(int((y[side] == c).sum()) for c in classes) for side in (left, ~left)]
            shapes.add(frozenset(counts))
    return len(shapes) == 1


def cases(rng):
    yield case(
        np.array([[1.0, 5.0], [2.0, 3.0], [3.0, 4.0], [4.0, 1.0]]), np.array([0, 0, 1, 1]), label="the example"
    )
    yield case(np.array([[1.0], [2.0], [3.0], [4.0]]), np.array([0, 1, 1, 0]), label="a tie between two thresholds")
    yield case(
        np.array([[10.0, 1.0], [20.0, 2.0], [30.0, 3.0], [40.0, 4.0]]),
        np.array([0, 0, 1, 1]),
        label="a tie between two features",
    )
    yield case(
        np.array([[5.0, 3.0], [5.0, 1.0], [5.0, 2.0], [5.0, 8.0]]),
        np.array(["no", "no", "no", "yes"]),
        label="a feature with one value",
    )
    yield case(
        np.array([[2.0, 0.5], [2.0, 1.5], [4.0, 0.5], [4.0, 2.5], [6.0, 2.5], [6.0, 0.5]]),
        np.array([0, 1, 0, 2, 2, 0]),
        label="three classes, repeated values",
    )
    yield case(np.array([[1.0, 2.0], [1.0, 2.0], [1.0, 2.0]]), np.array([0, 1, 0]), label="no split possible")
    made = 0
    while made < 5:
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        rows, features = int(generator.integers(8, 40)), int(generator.integers(1, 5))
        classes = int(generator.integers(2, 4))
        y = generator.integers(0, classes, size=rows)
        shift = generator.normal(0, 1.5, size=(classes, features))
        X = np.round(generator.normal(0, 1, size=(rows, features)) + shift[y], 1)
        if _clear_winner(X, y):
            made += 1
            yield case(X, y, label="random rows")


def diagnose(case, expected, got):
    X, y = case.args
    if expected is None:
        if got is not None:
            return "No feature here has two different values, so there is no threshold to try: return None."
        return None
    if not isinstance(got, list | tuple) or len(got) != 3:
        return "Return a tuple of three things: (feature index, threshold, score)."
    feature, threshold, score = got
    if not isinstance(feature, int) or not 0 <= feature < X.shape[1]:
        return f"The first item should be a feature index: a whole number from 0 to {X.shape[1] - 1}."
    values = np.unique(X[:, feature])
    midpoints = (values[:-1] + values[1:]) / 2
    if not isinstance(threshold, int | float) or not np.isclose(midpoints, threshold, rtol=1e-9, atol=1e-12).any():
        return (
            f"The threshold {threshold!r} is not halfway between two neighbouring values of feature {feature}: "
            "the thresholds come from the feature's own values, `np.unique(X[:, j])`, never from the labels y."
        )
    unweighted = _best(X, y, weighted=False)
    if unweighted[:2] == (feature, float(threshold)) and tuple(expected[:2]) != unweighted[:2]:
        return (
            "This is the split you get when the two groups' impurities count the same. Weight each side's impurity "
            "by its share of the rows (n_left / n and n_right / n): a tiny pure group should not count as much as "
            "a big mixed one."
        )
    left = X[:, feature] <= threshold
    n = len(y)
    own = left.sum() / n * _gini(y[left]) + (~left).sum() / n * _gini(y[~left])
    if isinstance(score, int | float) and not np.isclose(score, own):
        if np.isclose(score, (_gini(y[left]) + _gini(y[~left])) / 2) or np.isclose(
            score, _gini(y[left]) + _gini(y[~left])
        ):
            return (
                "The score does not weight the groups. Weight each side's impurity by its share of the rows "
                "(n_left / n and n_right / n)."
            )
        return f"The score of the split you returned should be its weighted impurity, {float(own)!r}."
    if np.isclose(score, expected[2]) and (feature, threshold) != tuple(expected[:2]):
        return (
            "Your split is as good as the expected one: it is a tie. When several splits share the best score, "
            "return the first of them: smallest feature index, then smallest threshold (replace the best split "
            "only when the new score is strictly smaller, `<`, not `<=`)."
        )
    return None
