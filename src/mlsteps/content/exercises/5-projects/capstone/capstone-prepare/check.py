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


def _split(y, test_fraction, seed):
    """The stratified split of the first part of the capstone."""
    rng = np.random.default_rng(seed)
    test = []
    for label in np.unique(y):
        rows = rng.permutation(np.flatnonzero(y == label))
        test.extend(rows[: round(len(rows) * test_fraction)])
    test = np.sort(np.array(test, dtype=int))
    return np.setdiff1d(np.arange(len(y)), test), test


def _prepare(X_train, X_test, fit_on_all=False, fill="median", fill_first=True):
    fitted = np.vstack([X_train, X_test]) if fit_on_all else X_train
    centre = np.nanmedian(fitted, axis=0) if fill == "median" else np.nanmean(fitted, axis=0)
    train = np.where(np.isnan(X_train), centre, X_train)
    test = np.where(np.isnan(X_test), centre, X_test)
    source = np.where(np.isnan(fitted), centre, fitted) if fill_first else fitted
    means, spreads = np.nanmean(source, axis=0), np.nanstd(source, axis=0)
    spreads[spreads == 0] = 1.0
    return (train - means) / spreads, (test - means) / spreads


def _sklearn(X_train, X_test):
    from sklearn.impute import SimpleImputer
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    steps = make_pipeline(SimpleImputer(strategy="median"), StandardScaler()).fit(X_train)
    return steps.transform(X_train), steps.transform(X_test)


def _case(X_train, X_test, label):
    return case(X_train, X_test, label=label, truth=_sklearn(X_train, X_test), observe=["0"])


def cases(rng):
    X_train = np.array([[1.0, 10.0, 5.0], [np.nan, 20.0, 5.0], [3.0, np.nan, 5.0], [8.0, 40.0, 5.0]])
    yield _case(X_train, np.array([[np.nan, 30.0, 7.0]]), "the example")
    X, y = _tumours()
    train, test = _split(y, 0.25, 0)
    yield _case(X[train], X[test], "the tumours: 427 training rows, 142 test rows")
    shifted = np.array([[100.0, np.nan], [102.0, 1.0], [np.nan, 1.0], [90.0, 3.0], [101.0, np.nan]])
    far = np.array([[500.0, 2.0], [600.0, np.nan], [700.0, 9.0]])
    yield _case(shifted, far, "test rows far from the training rows")
    for _ in range(3):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        rows, columns = int(generator.integers(8, 30)), int(generator.integers(2, 6))
        table = np.round(generator.lognormal(2, 1, size=(rows + 5, columns)), 1)
        table[generator.random(table.shape) < 0.15] = np.nan
        table[:2] = np.round(generator.lognormal(2, 1, size=(2, columns)), 1)  # every column has known values
        yield _case(table[:rows], table[rows:], f"{rows} random training rows with gaps")


def verify(case, got, observed):
    """The answer equals the reference's; here it must also equal SimpleImputer + StandardScaler's."""
    if not isinstance(got, list | tuple) or len(got) != 2:
        return None
    for have, want in zip(got, case.truth, strict=True):
        if np.shape(have) != want.shape or not np.allclose(have, want, atol=1e-9):
            return "your tables differ from those of scikit-learn's SimpleImputer(median) and StandardScaler"
    return None


def diagnose(case, expected, got):
    if not isinstance(got, list | tuple) or len(got) != 2:
        return "Return a tuple of two arrays: (train_ready, test_ready)."
    X_train, X_test = case.args
    if any(np.isnan(np.asarray(part, dtype=float)).any() or np.isinf(np.asarray(part, dtype=float)).any()
           for part in got):
        return (
            "Some values are nan or infinite. Every gap must be filled, and a column with a spread of 0 (all its "
            "training values alike) is divided by 1 instead."
        )
    for options, advice in (
        (
            {"fit_on_all": True},
            "Your medians, means or spreads include the test rows. They come from the training rows only: the "
            "test rows stand for tumours not measured yet.",
        ),
        (
            {"fill": "mean"},
            "The gaps were filled with the mean of the column. They take the median of the training column, "
            "which a few extreme tumours cannot drag.",
        ),
        (
            {"fill_first": False},
            "The means and spreads were computed before filling the gaps. Fill first, then take the mean and "
            "spread of the filled training columns (after filling, as a pipeline's next step sees them).",
        ),
    ):
        variant = _prepare(X_train, X_test, **options)
        if any(not np.allclose(v, e) for v, e in zip(variant, expected, strict=True)) and all(
            np.shape(g) == v.shape and np.allclose(g, v) for g, v in zip(got, variant, strict=True)
        ):
            return advice
    return None
