import numpy as np

from mlsteps.engine.cases import case


def _fit_predict(X_train, y_train, X_test):
    design = np.column_stack([np.ones(len(X_train)), X_train])
    weights = np.linalg.lstsq(design, y_train, rcond=None)[0]
    return np.column_stack([np.ones(len(X_test)), X_test]) @ weights


def _scores(X, y, masks, train_on_all=False):
    scores = []
    for test in masks:
        train = np.ones(len(X), dtype=bool) if train_on_all else ~test
        predictions = _fit_predict(X[train], y[train], X[test])
        scores.append(float(np.mean((y[test] - predictions) ** 2)))
    return scores


def _blocks(n, sizes):
    masks, start = [], 0
    for size in sizes:
        mask = np.zeros(n, dtype=bool)
        mask[start : start + size] = True
        masks.append(mask)
        start += size
    return masks


def _rows(seed, n, features):
    generator = np.random.default_rng(seed)
    X = np.round(generator.normal(0, 2, size=(n, features)), 2)
    y = np.round(X @ generator.normal(0, 1.5, size=features) + 3 + generator.normal(0, 1, size=n), 2)
    return X, y


def cases(rng):
    X = np.array([[1.0], [2.0], [3.0], [4.0], [5.0], [6.0]])
    y = np.array([1.0, 3.0, 2.0, 5.0, 4.0, 6.0])
    yield case(X, y, 3, label="the example: 6 rows, 3 folds")
    X, y = _rows(1, 10, 1)
    yield case(X, y, 4, label="10 rows in 4 folds: sizes 3, 3, 2, 2")
    X, y = _rows(2, 11, 2)
    yield case(X, y, 4, label="11 rows in 4 folds: sizes 3, 3, 3, 2")
    X, y = _rows(3, 8, 1)
    yield case(X, y, 8, label="k equal to the number of rows (leave one out)")
    X, y = _rows(4, 9, 2)
    yield case(X, y, 2, label="two folds of 5 and 4 rows")
    yield case(X, y, 1, label="k = 1: nothing left to test on", raises="ValueError")
    yield case(X, y, 10, label="more folds than rows", raises="ValueError")
    for _ in range(4):
        seed = rng.randint(0, 2**32 - 1)
        n, features, k = rng.randint(20, 40), rng.randint(1, 3), rng.randint(3, 6)
        X, y = _rows(seed, n, features)
        yield case(X, y, k, label=f"{n} random rows in {k} folds")


def _matches(got, scores):
    return len(got) == len(scores) and np.allclose(got, scores, rtol=1e-6, atol=1e-9)


def diagnose(case, expected, got):
    if case.raises or not isinstance(got, list | tuple) or len(got) != len(expected):
        return None
    X, y, k = case.args
    n = len(X)
    base, extra = divmod(n, k)
    if _matches(got, _scores(X, y, [np.arange(n) % k == fold for fold in range(k)])):
        return (
            "Your folds take every k-th row (rows 0, k, 2k, … in fold 0). Here the folds are consecutive blocks: "
            "fold 0 is the first rows, fold 1 the next ones, in the order the rows are given."
        )
    if extra and _matches(got, _scores(X, y, _blocks(n, [base] * (k - 1) + [base + extra]))):
        return (
            "The rows left over by n // k all went into the last fold. Spread them: the first n % k folds get one "
            "row more each."
        )
    if _matches(got, _scores(X, y, _blocks(n, [base + 1 if f < extra else base for f in range(k)]), True)):
        return (
            "Each fold's model was fitted on all the rows, its own test rows included, so it was tested on rows it "
            "had already seen: the errors come out too small. Fit on the other folds only."
        )
    return None
