import numpy as np

from mlsteps.engine.cases import case


def cases(rng):
    yield case(
        np.array([[1.0, 10.0], [3.0, 30.0]]), np.array([[2.0, 40.0], [4.0, 20.0]]), label="the example"
    )
    yield case(
        np.array([[5.0, 1.0], [5.0, 2.0], [5.0, 3.0]]),
        np.array([[5.0, 4.0], [6.0, 0.0]]),
        label="a column with the same value in every training row",
    )
    yield case(
        np.array([[20, 150], [30, 170], [40, 190], [50, 170]]),
        np.array([[25, 160], [60, 200], [35, 165]]),
        label="whole numbers (ages and heights)",
    )
    yield case(np.array([[2.0], [4.0], [9.0]]), np.array([[3.0]]), label="one column, one test row")
    for _ in range(5):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        columns = int(generator.integers(1, 5))
        centres = generator.choice([1.0, 40.0, 500.0, 50_000.0], size=columns)
        spreads = centres * generator.uniform(0.1, 0.4, size=columns)
        X_train = generator.normal(centres, spreads, size=(int(generator.integers(5, 30)), columns))
        shift = generator.uniform(0.3, 1.0, size=columns) * spreads  # new data drifts a little
        X_test = generator.normal(centres + shift, spreads * 1.5, size=(int(generator.integers(2, 10)), columns))
        yield case(X_train.round(2), X_test.round(2), label="random measurements on different scales")


def _scaled(X, means, stds):
    with np.errstate(all="ignore"):
        return (X - means) / stds


def _same(got, want):
    return isinstance(got, np.ndarray) and got.shape == want.shape and np.allclose(got, want, equal_nan=True)


def diagnose(case, expected, got):
    X_train, X_test = (np.asarray(x, dtype=float) for x in case.args)
    if isinstance(got, np.ndarray):
        return "Return both scaled arrays, as a tuple: the training one first."
    if not isinstance(got, list | tuple) or len(got) != 2:
        return None
    train_got, test_got = got
    stds = X_train.std(axis=0)
    own_stds = np.where(X_test.std(axis=0) == 0, 1.0, X_test.std(axis=0))
    if _same(train_got, expected[0]) and _same(test_got, _scaled(X_test, X_test.mean(axis=0), own_stds)):
        return (
            "The test data was scaled with its own mean and standard deviation. Use the ones from X_train for both "
            "arrays: the test set stands for new data, so it must not choose anything."
        )
    if len(X_train) > 1:
        sample = X_train.std(axis=0, ddof=1)
        sample[sample == 0] = 1.0
        if _same(train_got, _scaled(X_train, X_train.mean(axis=0), sample)):
            return (
                "These use the sample standard deviation (dividing by n - 1). Divide by n instead, as NumPy's std "
                "does by default."
            )
    if (stds == 0).any() and isinstance(train_got, np.ndarray) and np.isnan(train_got).any():
        return (
            "A column of X_train has the same value in every row, so its standard deviation is 0, and dividing by 0 "
            "gives nan. Divide that column by 1 instead."
        )
    return None
