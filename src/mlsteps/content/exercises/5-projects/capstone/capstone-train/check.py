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


def _prepare(X_train, X_test):
    """The preparation of the second part: training medians fill the gaps, then training means and spreads."""
    medians = np.nanmedian(X_train, axis=0)
    train, test = (np.where(np.isnan(table), medians, table) for table in (X_train, X_test))
    means, spreads = train.mean(axis=0), train.std(axis=0)
    spreads[spreads == 0] = 1.0
    return (train - means) / spreads, (test - means) / spreads


def cases(rng):
    X, y = _tumours()
    for number, seed in enumerate((0, rng.randint(1, 10**6), rng.randint(1, 10**6))):
        train, test = _split(y, 0.25, seed)
        X_train, X_test = _prepare(X[train], X[test])
        label = "the capstone's split (seed 0)" if number == 0 else f"another stratified split (seed {seed})"
        yield case(X_train, y[train], predict=X_test, truth=y[test], label=label)


def diagnose(case, expected, got, inspected):
    predictions = np.asarray(got) if isinstance(got, np.ndarray | list) else None
    if predictions is None or predictions.shape != np.shape(case.truth) or not np.isin(predictions, (0, 1)).all():
        return None  # not classes at all: the judge's own message says so
    if len(np.unique(predictions)) == 1:
        return (
            "Your model gives the same answer for every tumour, so it has learned nothing from the measurements. "
            "Check that fit really changes the model's weights, and that predict uses them."
        )
    return (
        "Check the training: does the loss fall from one step to the next? A learning rate that is too small, or "
        "too few steps, leaves the weights near their start."
    )
