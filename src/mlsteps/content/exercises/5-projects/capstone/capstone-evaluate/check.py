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


def _sklearn(y_train, y_test, predictions):
    from sklearn.dummy import DummyClassifier
    from sklearn.metrics import balanced_accuracy_score, confusion_matrix

    dummy = DummyClassifier(strategy="most_frequent").fit(np.zeros((len(y_train), 1)), y_train)
    return {
        "confusion": confusion_matrix(y_test, predictions, labels=[0, 1]),
        "accuracy": float(np.mean(y_test == predictions)),
        "balanced_accuracy": float(balanced_accuracy_score(y_test, predictions)),
        "baseline_accuracy": float(dummy.score(np.zeros((len(y_test), 1)), y_test)),
    }


def _case(y_train, y_test, predictions, label):
    return case(y_train, y_test, predictions, label=label, truth=_sklearn(y_train, y_test, predictions),
                observe=["accuracy"])


def _wrong(generator, y, share):
    return np.where(generator.random(len(y)) < share, 1 - y, y)


def cases(rng):
    yield _case(np.array([0, 0, 0, 1, 1]), np.array([0, 0, 0, 0, 1, 1]), np.array([0, 0, 1, 0, 1, 0]), "the example")
    _, y = _tumours()
    train, test = _split(y, 0.25, 0)
    generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
    yield _case(y[train], y[test], _wrong(generator, y[test], 0.08), "the tumours, with a model right 92% of the time")
    yield _case(np.array([1, 0, 1, 0]), np.array([1, 1, 1, 0, 0]), np.array([1, 0, 0, 0, 1]),
                "a tie in the training labels")
    yield _case(np.array([1, 1, 1, 0]), np.array([0, 0, 0, 1, 0]), np.array([0, 1, 1, 1, 0]),
                "more 1s in training, more 0s in test")
    for _ in range(3):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        y_train = (generator.random(int(generator.integers(10, 50))) < generator.uniform(0.2, 0.8)).astype(int)
        y_test = (generator.random(int(generator.integers(10, 40))) < generator.uniform(0.2, 0.8)).astype(int)
        y_test[:2] = [0, 1]
        yield _case(y_train, y_test, _wrong(generator, y_test, generator.uniform(0.05, 0.4)), "random labels")


def verify(case, got, observed):
    """The answer equals the reference's; here it must also equal scikit-learn's numbers."""
    if not isinstance(got, dict):
        return None
    if not np.array_equal(np.asarray(got.get("confusion")), case.truth["confusion"]):
        return "your confusion matrix differs from scikit-learn's confusion_matrix"
    for key in ("accuracy", "balanced_accuracy", "baseline_accuracy"):
        if not np.isclose(got.get(key, np.nan), case.truth[key]):
            return f"your {key.replace('_', ' ')} differs from scikit-learn's"
    return None


def diagnose(case, expected, got):
    if not isinstance(got, dict):
        return None
    y_train, y_test, _ = case.args
    confusion = np.asarray(got.get("confusion"))
    if confusion.shape == (2, 2) and not np.array_equal(confusion, expected["confusion"]):
        if np.array_equal(confusion, expected["confusion"].T):
            return (
                "Your confusion matrix is turned over: it has a row per true class and a column per predicted "
                "class, so FP (true 0, predicted 1) sits at row 0, column 1."
            )
        return None
    balanced = got.get("balanced_accuracy")
    if isinstance(balanced, int | float) and not np.isclose(balanced, expected["balanced_accuracy"]):
        if np.isclose(balanced, expected["accuracy"]):
            return (
                "Your balanced accuracy is the plain accuracy. It is the mean of the two recalls: each class counts "
                "the same, however many rows it has."
            )
        return None
    baseline = got.get("baseline_accuracy")
    if isinstance(baseline, int | float) and not np.isclose(baseline, expected["baseline_accuracy"]):
        tie = np.sum(y_train == 1) == np.sum(y_train == 0)
        if tie and np.isclose(baseline, np.mean(y_test == 1)):
            return "On a tie in the training labels, the baseline answers 0 (the smaller class)."
        test_majority = 1 if np.sum(y_test == 1) > np.sum(y_test == 0) else 0
        if np.isclose(baseline, np.mean(y_test == test_majority)):
            return (
                "Your baseline picks the most common class of the test labels. A baseline knows only what a model "
                "could know: the most common class of the training labels."
            )
    return None
