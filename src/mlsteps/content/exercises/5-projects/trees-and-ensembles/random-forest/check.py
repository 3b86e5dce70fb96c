import numpy as np

from mlsteps.engine.cases import case

NEAR = 1e-9  # split scores closer than this count as a tie


def _gini(labels):
    if len(labels) == 0:
        return 0.0
    _, counts = np.unique(labels, return_counts=True)
    return 1 - np.sum((counts / len(labels)) ** 2)


def _best_split(X, y, clear):
    """The best split by the rules; clear[0] becomes False on a near tie between splits of different counts."""
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


def _grow(X, y, depth, max_depth, clear):
    split = _best_split(X, y, clear) if depth < max_depth and _gini(y) > 0 else None
    if split is None:
        return _majority(y)
    feature, threshold = split
    left = X[:, feature] <= threshold
    return (
        feature,
        threshold,
        _grow(X[left], y[left], depth + 1, max_depth, clear),
        _grow(X[~left], y[~left], depth + 1, max_depth, clear),
    )


def _tree_answers(tree, X):
    answers = []
    for row in X:
        node = tree
        while isinstance(node, tuple):
            node = node[2] if row[node[0]] <= node[1] else node[3]
        answers.append(node)
    return answers


def _forest(X, y, X_new, samples, features, max_depth, all_rows=False, all_columns=False, vote="smallest"):
    """The forest's answers, and whether every tree's splits were clear of near ties."""
    clear = [True]
    answers = []
    for rows, columns in zip(samples, features, strict=True):
        rows = np.arange(len(X)) if all_rows else rows
        columns = np.arange(X.shape[1]) if all_columns else columns
        tree = _grow(X[rows][:, columns], y[rows], 0, max_depth, clear)
        answers.append(_tree_answers(tree, X_new[:, columns]))
    answers = np.array(answers)
    if vote == "first":
        result = []
        for column in answers.T:
            values, counts = np.unique(column, return_counts=True)
            tied = set(values[counts == counts.max()])
            result.append(next(answer for answer in column if answer in tied))
        return np.array(result), clear[0]
    return np.array([_majority(column, vote == "smallest") for column in answers.T]), clear[0]


_VARIANTS = {}  # what each wrong forest answers, per case (the cases live as long as _MADE)
_MADE = {}  # the cases of one seed, grown once per process: growing the forests to test for ties is slow


def cases(rng):
    key = rng.getstate()
    if key not in _MADE:
        _MADE[key] = list(_cases(rng))
    return _MADE[key]


def _cases(rng):
    X = np.array([[1.0, 8.0], [2.0, 6.0], [3.0, 7.0], [4.0, 2.0], [5.0, 3.0], [6.0, 1.0]])
    y = np.array([0, 0, 1, 1, 1, 0])
    samples = np.array([[0, 1, 1, 3, 4, 5], [0, 2, 2, 3, 5, 5], [1, 2, 3, 3, 4, 4]])
    X_new = np.array([[1.5, 7.5], [4.5, 2.5], [6.0, 1.0]])
    yield case(X, y, X_new, samples, np.array([[0], [1], [0]]), 1, label="the example")
    yield case(X, y, X_new, samples, np.array([[0], [1], [0]]), 2, label="the example, two questions deep")
    yield case(
        X,
        y,
        np.array([[1.0, 1.0], [6.0, 8.0], [3.5, 4.5], [2.0, 2.0]]),
        samples[:2],
        np.array([[0], [1]]),
        2,
        label="two trees that disagree: ties",
    )
    made = 0
    while made < 5:
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        rows, columns, trees = int(generator.integers(25, 50)), int(generator.integers(3, 5)), 4 + made
        classes = 2 + made % 2
        y = generator.integers(0, classes, size=rows)
        centres = generator.normal(0, 1.0, size=(classes, columns))
        X = np.round(generator.normal(0, 1, size=(rows, columns)) + centres[y], 1)
        X_new = np.round(generator.normal(0, 1.5, size=(int(generator.integers(15, 30)), columns)), 2)
        samples = generator.integers(0, rows, size=(trees, rows))
        width = int(generator.integers(1, columns))
        features = np.array([np.sort(generator.choice(columns, size=width, replace=False)) for _ in range(trees)])
        max_depth = 2 + made % 2
        clear = all(
            _forest(X, y, X_new, samples, features, max_depth, **options)[1]
            for options in ({}, {"all_rows": True}, {"all_columns": True})
        )
        if clear:
            made += 1
            yield case(X, y, X_new, samples, features, max_depth, label=f"{trees} trees on random rows")


def diagnose(case, expected, got):
    if not isinstance(got, np.ndarray) or got.shape != expected.shape:
        return None
    for options, advice in (
        (
            {"all_rows": True},
            "Every tree was trained on all the training rows. Each tree trains on its own bootstrap sample: the "
            "rows listed for it, with a row listed twice appearing twice.",
        ),
        (
            {"all_columns": True},
            "Every tree used all the columns. Each tree sees only the columns listed for it, both when it is "
            "grown and when it answers about the new rows.",
        ),
        (
            {"vote": "largest"},
            "On a tied vote your forest chose the larger label; a tied vote goes to the smallest label.",
        ),
        (
            {"vote": "first"},
            "On a tied vote your forest followed the first tree; a tied vote goes to the smallest label.",
        ),
    ):
        key = (id(case), tuple(sorted(options.items())))
        if key not in _VARIANTS:
            _VARIANTS[key] = _forest(*case.args, **options)[0]
        variant = _VARIANTS[key]
        if not np.array_equal(variant, expected) and np.array_equal(got, variant):
            return advice
    return None
