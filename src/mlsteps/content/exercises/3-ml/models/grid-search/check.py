import math

import pandas as pd
from sklearn.datasets import load_breast_cancer, load_wine, make_classification
from sklearn.model_selection import train_test_split

from mlsteps.engine.cases import case

# What the checks read off the returned object (a missing attribute reads as None, a path through it as "NoneType").
KIND = "__class__.__name__"
GRID = "param_grid"
FOLDS = "n_splits_"
SETTINGS = ("max_depth", "min_samples_leaf")  # of a bare tree, for the advice about one picked on the training rows
OBSERVED = (KIND, GRID, FOLDS, *SETTINGS)


def noisy(seed, rows=600):
    """A made-up table where one answer in seven is wrong: a tree grown without limit memorises the noise."""
    X, y = make_classification(n_samples=rows, n_features=8, n_informative=4, flip_y=0.15, random_state=seed)
    columns = [f"feature_{number}" for number in range(1, 9)]
    return pd.DataFrame(X.round(3), columns=columns), pd.Series(y, name="label")


def _split(X, y, seed, words):
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=seed)
    return case(X_train, y_train, predict=X_test, truth=y_test.to_numpy(), observe=OBSERVED, label=words)


def cases(rng):
    wine = load_wine(as_frame=True)
    yield _split(wine.data, wine.target, rng.randint(0, 10_000), "wines from three growers")
    cancer = load_breast_cancer(as_frame=True)
    yield _split(cancer.data, cancer.target, rng.randint(0, 10_000), "breast tissue samples")
    for number in range(2):
        seed = rng.randint(0, 10_000)
        yield _split(*noisy(seed), seed, f"a noisy made-up table ({number + 1})")


def _combinations(grid):
    grids = grid if isinstance(grid, list) else [grid]
    if not grids or not all(isinstance(one, dict) and one for one in grids):
        return 0, set()
    sizes = [
        math.prod(len(values) if isinstance(values, list | tuple) else 1 for values in one.values()) for one in grids
    ]
    return sum(sizes), {name for one in grids for name in one}


def verify(case, got, observed):
    kind = observed.get(KIND)
    if kind != "GridSearchCV":
        return (
            f"your function returned a {kind}, not a fitted GridSearchCV: this exercise is about letting a grid "
            "search choose the tree's settings by cross-validation."
        )
    count, settings = _combinations(observed.get(GRID))
    if len(settings) < 2 or count < 6:
        return (
            f"your grid has {count} combination(s) of {len(settings)} setting(s): give at least two of the tree's "
            "settings, and at least 6 combinations, so that the search has something to choose from."
        )
    folds = observed.get(FOLDS)
    if isinstance(folds, int) and folds < 3:
        return f"your search uses {folds} folds: cross-validate with at least 3, so each score rests on enough rows."
    return None


def diagnose(case, expected, got, inspected):
    deepest = inspected.get("max_depth") is None and inspected.get("min_samples_leaf") == 1
    if inspected.get(KIND) == "DecisionTreeClassifier" and deepest:
        return (
            "This tree has no depth limit and leaves of one row: the settings that remember the training rows "
            "best, which always win a contest scored on the rows the tree learned from. Judge each combination "
            "on rows it did not learn from: that is what a cross-validated grid search does."
        )
    if inspected.get(KIND) == "dict":
        return "Return the fitted search itself: it predicts with the winning tree, and keeps best_params_."
    return None
