import itertools

import pandas as pd
from sklearn.datasets import load_breast_cancer, load_wine, make_classification
from sklearn.model_selection import GridSearchCV
from sklearn.tree import DecisionTreeClassifier
from threadpoolctl import threadpool_limits

from mlsteps.engine.cases import case

GRID = {"max_depth": [2, 3, 5, 8, None], "min_samples_leaf": [1, 5, 20]}


def synthetic(seed, rows):
    X, y = make_classification(n_samples=rows, n_features=8, n_informative=4, flip_y=0.1, random_state=seed)
    columns = [f"feature_{number}" for number in range(1, 9)]
    return pd.DataFrame(X.round(3), columns=columns), pd.Series(y, name="label")


def cases(rng):
    wine = load_wine(as_frame=True)
    yield case(wine.data, wine.target, label="the example: wines from three growers")
    cancer = load_breast_cancer(as_frame=True)
    yield case(cancer.data, cancer.target, label="breast tissue samples")
    for number in range(3):
        X, y = synthetic(rng.randint(0, 10_000), rng.randint(200, 300))
        yield case(X, y, label=f"a noisy made-up table ({number + 1})")


def _best_on_training(X, y):
    best, best_score = None, -1.0
    for depth, leaf in itertools.product(GRID["max_depth"], GRID["min_samples_leaf"]):
        tree = DecisionTreeClassifier(max_depth=depth, min_samples_leaf=leaf, random_state=0).fit(X, y)
        score = tree.score(X, y)
        if score > best_score:
            best, best_score = {"max_depth": depth, "min_samples_leaf": leaf}, score
    return best


def diagnose(case, expected, got):
    if not isinstance(got, dict) or set(got) != set(expected):
        return None
    X, y = case.args
    with threadpool_limits(1):  # small problems: one thread is faster than many
        if got == _best_on_training(X, y):
            return (
                "These are the settings that remember the training rows best: a deep tree with tiny leaves always "
                "wins that contest. Judge each combination with cross-validation (GridSearchCV)."
            )
        unshuffled = GridSearchCV(DecisionTreeClassifier(random_state=0), GRID, cv=3).fit(X, y)
        if got == unshuffled.best_params_:
            return (
                "Right idea, other folds: pass `cv=KFold(3, shuffle=True, random_state=0)` to GridSearchCV, "
                "so that the folds are shuffled the same way as in the reference."
            )
    return None
