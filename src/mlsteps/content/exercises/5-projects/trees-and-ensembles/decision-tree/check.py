import numpy as np

from mlsteps.engine.cases import case

NEAR = 1e-9  # scores closer than this count as a tie


def _gini(labels):
    if len(labels) == 0:
        return 0.0
    _, counts = np.unique(labels, return_counts=True)
    return 1 - np.sum((counts / len(labels)) ** 2)


def _best_split(X, y, clear):
    """The best split by the rules; sets clear[0] to False on a near tie between splits of different counts.

    Splits whose groups hold the same class counts score the same to the last bit however the score is computed,
    so the rules alone decide between them; a near tie between different counts could go either way by rounding.
    """
    n, classes = len(y), np.unique(y)
    scored = []
    for feature in range(X.shape[1]):
        values = np.unique(X[:, feature])
        for threshold in (values[:-1] + values[1:]) / 2:
            left = X[:, feature] <= threshold
            score = left.sum() / n * _gini(y[left]) + (~left).sum() / n * _gini(y[~left])
            counts = frozenset(tuple(int((y[side] == c).sum()) for c in classes) for side in (left, ~left))
            scored.append((score, feature, float(threshold), counts))
    if not scored:
        return None
    best = min(scored, key=lambda item: item[0])
    if len({counts for score, *_, counts in scored if score - best[0] < NEAR}) > 1:
        clear[0] = False
    return best[1], best[2]


def _majority(labels, smallest=True):
    values, counts = np.unique(labels, return_counts=True)
    if smallest:
        return values[np.argmax(counts)]
    return values[len(counts) - 1 - np.argmax(counts[::-1])]


def _grow(X, y, depth, max_depth, clear, smallest=True):
    split = _best_split(X, y, clear) if (max_depth is None or depth < max_depth) and _gini(y) > 0 else None
    if split is None:
        return _majority(y, smallest)
    feature, threshold = split
    left = X[:, feature] <= threshold
    return (
        feature,
        threshold,
        _grow(X[left], y[left], depth + 1, max_depth, clear, smallest),
        _grow(X[~left], y[~left], depth + 1, max_depth, clear, smallest),
    )


def _predict(X_train, y_train, X_new, max_depth, smallest=True):
    clear = [True]
    tree = _grow(X_train, y_train, 0, max_depth, clear, smallest)
    predictions = []
    for row in X_new:
        node = tree
        while isinstance(node, tuple):
            node = node[2] if row[node[0]] <= node[1] else node[3]
        predictions.append(node)
    return np.array(predictions), clear[0]


def cases(rng):
    X = np.array([[1.0], [2.0], [3.0], [4.0], [5.0], [6.0]])
    y = np.array([0, 0, 1, 1, 0, 0])
    X_new = np.array([[1.5], [3.5], [5.5]])
    yield case(X, y, X_new, 2, label="the example, two questions deep")
    yield case(X, y, X_new, 1, label="the example, one question")
    yield case(X, y, X_new, 0, label="max_depth=0: the most common label")
    xor = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    yield case(xor, np.array([0, 1, 1, 0]), xor, 2, label="two features that only work together")
    yield case(
        np.array([[1.0, 2.0], [1.0, 2.0], [1.0, 2.0], [3.0, 1.0]]),
        np.array([2, 1, 2, 1]),
        np.array([[1.0, 2.0], [3.0, 1.0], [0.0, 0.0]]),
        3,
        label="identical rows with different labels",
    )
    yield case(
        np.array([[20.0, 1.0], [35.0, 0.0], [50.0, 1.0], [65.0, 0.0], [80.0, 1.0]]),
        np.array(["ham", "ham", "spam", "spam", "spam"]),
        np.array([[30.0, 1.0], [70.0, 0.0]]),
        5,
        label="text labels",
    )
    made = 0
    while made < 5:
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        rows, features, classes = int(generator.integers(25, 60)), int(generator.integers(2, 4)), 2 + made % 2
        y = generator.integers(0, classes, size=rows)
        centres = generator.normal(0, 1.2, size=(classes, features))
        X = np.round(generator.normal(0, 1, size=(rows, features)) + centres[y], 1)
        X_new = generator.normal(0, 1.5, size=(int(generator.integers(15, 30)), features))
        max_depth = 2 + made % 3
        _, clear = _predict(X, y, X_new, None)
        if clear:
            made += 1
            yield case(X, y, X_new, max_depth, label=f"random rows, max_depth={max_depth}")


def diagnose(case, expected, got):
    X, y, X_new, max_depth = case.args
    if not isinstance(got, np.ndarray) or got.shape != expected.shape:
        return None
    unlimited = np.array_equal(got, _predict(X, y, X_new, None)[0])
    deeper = np.array_equal(got, _predict(X, y, X_new, max_depth + 1)[0])
    if unlimited and deeper:
        return (
            "These predictions come from a tree deeper than max_depth allows. The root is at depth 0, and a node "
            "at depth == max_depth must be a leaf."
        )
    if unlimited:
        return (
            "These are the predictions of a tree grown until every leaf is pure: it ignores max_depth. "
            "Make a leaf as soon as the depth reaches max_depth (the root is at depth 0)."
        )
    if deeper:
        return (
            "These predictions come from a tree one level deeper than max_depth. The root is at depth 0, and a "
            "node at depth == max_depth must be a leaf: check `depth == max_depth` (or `>=`), not `>`."
        )
    varied = len(np.unique(got)) > 1  # a constant answer is more likely a placeholder than a shallow tree
    if varied and max_depth > 0 and np.array_equal(got, _predict(X, y, X_new, max_depth - 1)[0]):
        return (
            "These predictions come from a tree one level shallower than max_depth. The root is at depth 0, and "
            "max_depth=1 still allows one question."
        )
    if np.array_equal(got, _predict(X, y, X_new, max_depth, smallest=False)[0]):
        return "When a leaf's labels tie for most common, it should predict the smallest of them, not the largest."
    return None
