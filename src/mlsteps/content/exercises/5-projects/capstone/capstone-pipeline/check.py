import numpy as np

from mlsteps.engine.cases import case

WITHIN = 0.03  # how far below scikit-learn's pipeline the learner's accuracy may be, on the same held-out rows
SKLEARN = {}  # the accuracy of scikit-learn's pipeline on each case's held-out rows, by the case's label


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


def _case(X_train, y_train, X_test, y_test, label):
    """A case scored on held-out rows; scikit-learn's own pipeline, fitted on the same rows, sets the bar."""
    from sklearn.impute import SimpleImputer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    reference = make_pipeline(SimpleImputer(strategy="median"), StandardScaler(), LogisticRegression())
    SKLEARN[label] = float(reference.fit(X_train, y_train).score(X_test, y_test))
    return case(X_train, y_train, predict=X_test, truth=y_test, observe=["predict"], label=label)


def cases(rng):
    X, y = _tumours()
    train, test = _split(y, 0.25, 0)
    yield _case(X[train], y[train], X[test], y[test], "the capstone's split: 142 held-out tumours")
    seed = rng.randint(1, 10**6)
    other_train, other_test = _split(y, 0.25, seed)
    yield _case(X[other_train], y[other_train], X[other_test], y[other_test], f"another split (seed {seed})")
    malignant = test[y[test] == 1]
    yield _case(X[train], y[train], X[malignant], y[malignant], "only the malignant tumours of the held-out rows")


def verify(case, got, observed):
    """Beyond the baseline: the pipeline must come close to scikit-learn's on the same held-out rows."""
    bar = SKLEARN.get(case.label)
    predictions = np.asarray(got) if isinstance(got, np.ndarray | list) else None
    if bar is None or predictions is None or predictions.shape != np.shape(case.truth):
        return None
    accuracy = float(np.mean(predictions == case.truth))
    if accuracy < bar - WITHIN:
        return (
            f"on these held-out tumours your pipeline's accuracy is {accuracy:.3f}; scikit-learn's pipeline "
            f"(median imputer, standard scaler, logistic regression) trained on the same rows reaches {bar:.3f}, "
            f"and yours needs at least {bar - WITHIN:.3f}"
        )
    return None


def diagnose(case, expected, got, inspected):
    predictions = np.asarray(got) if isinstance(got, np.ndarray | list) else None
    if predictions is None or predictions.shape != np.shape(case.truth) or not np.isin(predictions, (0, 1)).all():
        return None
    if len(np.unique(case.truth)) == 1:
        return (
            "These held-out rows are all malignant tumours. A pipeline that learns its medians, means or spreads "
            "again from the rows it is asked about would move them all to the middle and call many of them benign: "
            "check that predict uses only what fit learned from the training rows, whatever rows it is given."
        )
    return (
        "Check each stage on the training rows: are the gaps filled, is every column scaled to mean 0 and spread 1, "
        "and does the model's loss fall while it trains?"
    )
