import numpy as np
import pandas as pd
from sklearn.datasets import load_breast_cancer, load_iris, load_wine, make_classification
from sklearn.model_selection import KFold, cross_val_score
from sklearn.tree import DecisionTreeClassifier

from mlsteps.engine.cases import case

IRIS = load_iris(as_frame=True)
WINE = load_wine(as_frame=True)
CANCER = load_breast_cancer(as_frame=True)


def _model():
    return DecisionTreeClassifier(max_depth=3, random_state=0)


def cases(rng):
    yield case(IRIS.data, IRIS.target, label="the iris flowers (sorted by species!)")
    yield case(WINE.data, WINE.target, label="the wines")
    yield case(CANCER.data, CANCER.target, label="the breast cancer samples")
    for _ in range(4):
        n_rows = rng.randint(80, 300)
        rare = rng.choice([0.1, 0.2, 0.5])  # the share of class 1: rare in some tables
        X, y = make_classification(
            n_samples=n_rows,
            n_features=6,
            n_informative=3,
            flip_y=0.08,
            weights=[1 - rare],
            random_state=rng.randint(0, 10_000),
        )
        yield case(
            pd.DataFrame(X.round(3), columns=[f"x{number}" for number in range(1, 7)]),
            pd.Series(y, name="label"),
            label=f"{n_rows} random rows, about {rare:.0%} of them class 1",
        )


def _worst_share(y, folds):
    """The test fold whose class shares stray furthest from the whole table's: (class, its share there, overall)."""
    overall = y.value_counts(normalize=True)
    worst = (None, 0.0, 0.0)
    for _, test in folds.split(np.zeros(len(y)), y):
        shares = y.iloc[test].value_counts(normalize=True).reindex(overall.index, fill_value=0.0)
        label = (shares - overall).abs().idxmax()
        if abs(shares[label] - overall[label]) > abs(worst[1] - worst[2]):
            worst = (label, shares[label], overall[label])
    return worst


def _same(scores, other):
    return isinstance(scores, np.ndarray) and scores.shape == other.shape and np.allclose(scores, other)


def diagnose(case, expected, got):
    X, y = case.args
    if not isinstance(got, tuple | list) or len(got) != 2:
        return "Return two things: the array of the 5 scores, and their mean."
    scores, mean = got
    if not isinstance(mean, int | float) or isinstance(mean, bool):
        return None
    on_training = _model().fit(X, y).score(X, y)
    if abs(mean - on_training) < 1e-9:
        return (
            f"{mean:.3f} is the model's accuracy on the rows it learned from: one number, and too good, because "
            f"the model is marking its own homework. Cross-validation scores each fold on rows the model did "
            f"not see; their mean here is {expected[1]:.3f}."
        )
    if _same(scores, cross_val_score(_model(), X, y, cv=KFold(n_splits=5, shuffle=True, random_state=0))):
        label, share, overall = _worst_share(y, KFold(n_splits=5, shuffle=True, random_state=0))
        return (
            f"These are shuffled folds that are not stratified: in one test fold, class {label} is {share:.0%} of "
            f"the rows, against {overall:.0%} in the whole table, so the folds do not test the same thing. Folds "
            "that keep every class's share are called stratified; scikit-learn has a splitter for them."
        )
    if _same(scores, cross_val_score(_model(), X, y, cv=5)):
        return (
            "These are the folds of cv=5: for a classifier they keep the class shares, but they are cut in order, "
            "without shuffling, so they are not the folds asked for. Give the splitter shuffle=True and "
            "random_state=0."
        )
    if _same(scores, cross_val_score(_model(), X, y, cv=KFold(n_splits=5))):
        return (
            "These folds are cut in order, neither shuffled nor stratified: on a table sorted by class, such as "
            "the iris flowers, a test fold can hold a whole class the model never saw in training."
        )
    return None
