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
        X, y = make_classification(
            n_samples=n_rows, n_features=6, n_informative=3, flip_y=0.08, random_state=rng.randint(0, 10_000)
        )
        yield case(
            pd.DataFrame(X.round(3), columns=[f"x{number}" for number in range(1, 7)]),
            pd.Series(y, name="label"),
            label=f"{n_rows} random rows",
        )


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
    reasons = (
        (
            5,
            "cv=5, which cuts the rows in order, without shuffling (for classes it keeps each class's share "
            "in every fold, but the rows still land in other folds than asked)",
        ),
        (
            KFold(n_splits=5),
            "KFold(n_splits=5) without shuffling: the rows are cut in order, so on a table sorted by class, "
            "such as the iris flowers, a fold can hold a whole class the model never saw in training",
        ),
    )
    for folds, words in reasons:
        plain = cross_val_score(_model(), X, y, cv=folds)
        if isinstance(scores, np.ndarray) and scores.shape == plain.shape and np.allclose(scores, plain):
            return f"These are the folds of {words}. Pass cv=KFold(n_splits=5, shuffle=True, random_state=0)."
    return None
