import numpy as np

from mlsteps.engine.cases import case


def _tumours():
    """Breast Cancer Wisconsin (diagnostic), bundled with scikit-learn: 569 tumours, its ten "mean" measurements,
    1 = malignant; about 4% of three columns blanked (NaN) with a fixed seed, as real records have gaps."""
    from sklearn.datasets import load_breast_cancer

    data = load_breast_cancer()
    X, y = data.data[:, :10].copy(), 1 - data.target
    blanks = np.random.default_rng(2024)
    for column in (0, 3, 7):
        X[blanks.random(len(X)) < 0.04, column] = np.nan
    return X, y


def _split(y, test_fraction, seed, stratify=True, one_generator=True, rounding=round):
    rng = np.random.default_rng(seed)
    if not stratify:
        order = rng.permutation(len(y))
        test = order[: rounding(len(y) * test_fraction)]
        train = order[rounding(len(y) * test_fraction) :]
    else:
        test = []
        for label in np.unique(y):
            if not one_generator:
                rng = np.random.default_rng(seed)
            rows = rng.permutation(np.flatnonzero(y == label))
            test.extend(rows[: rounding(len(rows) * test_fraction)])
        test = np.array(test, dtype=int)
        train = np.setdiff1d(np.arange(len(y)), test)
    return np.sort(train), np.sort(test)


def cases(rng):
    _, y = _tumours()
    yield case(np.array([0, 1, 0, 0, 1, 0, 0, 1, 0, 0]), 0.3, 0, label="the example")
    yield case(y, 0.25, 0, label="the 569 tumours, a quarter for testing")
    yield case(np.array([1, 1, 1, 1, 1, 0, 0, 0, 0, 0]), 0.3, 4, label="5 and 5 rows: round(1.5) is 2")
    yield case(np.array(["spam", "ham", "ham", "spam", "ham", "ham", "eggs", "eggs"]), 0.5, 1, label="text labels")
    for _ in range(4):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        classes = int(generator.integers(2, 4))
        labels = generator.choice(classes, size=int(generator.integers(20, 80)), p=[0.6, 0.4] if classes == 2 else None)
        yield case(labels, round(float(generator.uniform(0.15, 0.4)), 2), rng.randint(0, 99), label="random labels")


def diagnose(case, expected, got):
    if not isinstance(got, list | tuple) or len(got) != 2:
        return "Return a tuple of two arrays: (train_rows, test_rows)."
    y, test_fraction, seed = case.args
    train, test = (np.asarray(part) for part in got)
    want_train, want_test = expected
    if set(train.tolist()) == set(want_train.tolist()) and set(test.tolist()) == set(want_test.tolist()):
        return "The right rows, in another order: both arrays are sorted from smallest to largest."
    for options, advice in (
        (
            {"stratify": False},
            "This split shuffles all the rows together, so each class's share of the test set is left to luck. "
            "Split each class on its own: its own share, round(count × test_fraction), of its own rows.",
        ),
        (
            {"one_generator": False},
            "Each class got a new generator made from the seed. Make one generator before the loop, and let it "
            "shuffle the classes one after the other, in sorted order.",
        ),
        (
            {"rounding": int},
            "Some classes give one test row too few: int() cuts 1.5 or 2.7 down. The count is rounded with "
            "Python's round.",
        ),
    ):
        _, other_test = _split(y, test_fraction, seed, **options)
        if np.array_equal(np.sort(test), np.sort(other_test)) and not np.array_equal(other_test, want_test):
            return advice
    return None
