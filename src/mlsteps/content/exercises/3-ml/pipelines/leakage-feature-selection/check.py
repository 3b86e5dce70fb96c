from dataclasses import replace

import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold, cross_val_score
from sklearn.pipeline import make_pipeline
from threadpoolctl import threadpool_limits

from mlsteps.engine.cases import case

FOLDS = KFold(5, shuffle=True, random_state=0)


def noise(seed, rows, columns):
    """Random measurements and random answers: there is nothing to learn, so an honest score is about 0.5."""
    draw = np.random.default_rng(seed)
    return draw.normal(size=(rows, columns)).round(3), draw.integers(0, 2, rows)


# Rounded numbers are compared within the rounding's own tolerance ([compare] abs_tol is one unit of the last
# place): a mean that lands exactly on a tie (0.6125 to 3 decimals) may be rounded either way. What the tolerance
# lets through, verify() then holds to the rule: a number with no more decimals than asked, within half a unit of
# the exact value. Observing anything is what makes the judge call verify() on every case.
ROUNDING = ("__class__.__name__",)


def _rounding_problem(got, exact, places, what):
    """Why `got` is not `exact` rounded to `places` decimals (either way on an exact tie), or None."""
    if not isinstance(got, int | float) or isinstance(got, bool) or exact != exact:  # exact is NaN: nothing to hold
        return None
    unit = 10.0**-places
    if abs(got / unit - round(got / unit)) > 1e-6:
        return f"{what} {got!r} is not rounded to {places} decimals"
    if abs(got - exact) > unit / 2 + 1e-9:
        return f"{what} {got!r} is not {exact:.6g} rounded to {places} decimals, which gives {round(exact, places)!r}"
    return None


def cases(rng):
    for one in _cases(rng):
        yield replace(one, observe=ROUNDING)


def _cases(rng):
    X, y = noise(7, 100, 2000)
    yield case(X, y, 10, label="the example: 2000 columns of pure noise")
    cancer = load_breast_cancer()
    yield case(cancer.data, cancer.target, 8, label="real measurements with real signal (breast cancer samples)")
    X, y = noise(11, 60, 8)
    yield case(X, y, 8, label="noise, keeping every column (nothing left to choose)")
    for number in range(4):
        rows, columns = rng.randint(60, 120), rng.randint(500, 2000)
        X, y = noise(rng.randint(0, 2**32 - 1), rows, columns)
        yield case(X, y, rng.choice([5, 10, 20]), label=f"pure noise, another draw ({number + 1})")


def _model(k):
    return make_pipeline(SelectKBest(f_classif, k=k), LogisticRegression(max_iter=1000))


def diagnose(case, expected, got):
    if not isinstance(got, int | float) or isinstance(got, bool):
        return None
    with threadpool_limits(1):  # small problems: one thread is faster than many
        return _advice(case, got)


def _advice(case, got):
    X, y, k = case.args
    chosen = SelectKBest(f_classif, k=k).fit_transform(X, y)
    leaky = cross_val_score(LogisticRegression(max_iter=1000), chosen, y, cv=FOLDS).mean()
    if round(float(leaky), 3) == got:
        return (
            "Your selection chose the columns using every row, test folds included, so each test fold helped pick "
            "the columns it is then scored on. On pure noise, that lifts the score far above 0.5: too good to be true."
            " The selection must be a step of the pipeline, so it is fitted on the training folds only."
        )
    trained = _model(k).fit(X, y)
    if round(float(trained.score(X, y)), 3) == got:
        return (
            "This is the score on the rows it was trained on, which says how well it remembers, not how well it "
            "predicts. Cross-validation scores each fold with a model that never saw it."
        )
    if round(float(cross_val_score(_model(k), X, y, cv=5).mean()), 3) == got:
        return (
            "The pipeline is right, but the folds are not the ones asked for: the prompt names shuffled folds "
            "with a fixed seed (plain `cv=5` cuts the rows in order, without shuffling)."
        )
    return None


def verify(case, got, observed):
    X, y, k = case.args
    with threadpool_limits(1):
        exact = float(cross_val_score(_model(k), X, y, cv=FOLDS).mean())
    return _rounding_problem(got, exact, 3, "the mean score")
