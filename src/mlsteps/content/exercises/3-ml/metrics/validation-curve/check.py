import numpy as np
import pandas as pd
from sklearn.datasets import load_wine, make_classification
from sklearn.model_selection import StratifiedKFold, validation_curve
from sklearn.tree import DecisionTreeClassifier
from threadpoolctl import threadpool_limits

from mlsteps.engine.cases import case

MODEL = DecisionTreeClassifier(random_state=0)


def noisy(seed, rows):
    X, y = make_classification(n_samples=rows, n_features=5, n_informative=3, flip_y=0.15, random_state=seed)
    return pd.DataFrame(X.round(3), columns=[f"x{number}" for number in range(1, 6)]), pd.Series(y, name="label")


def clean_rule(seed, rows):
    """Two measurements and a rule a depth-2 tree learns exactly: every deeper tree ties with it."""
    draw = np.random.default_rng(seed)
    X = pd.DataFrame({"size": draw.uniform(0, 1, rows).round(3), "weight": draw.uniform(0, 1, rows).round(3)})
    y = ((X["size"] > 0.5) & (X["weight"] > 0.3)).astype(int)
    return X, y.rename("ok")


def cases(rng):
    wine = load_wine(as_frame=True)
    yield case(wine.data, wine.target, [1, 2, 3, 4, 6], label="the example: wines from three growers")
    X, y = clean_rule(7, 200)
    yield case(X, y, [1, 2, 3, 4, 6], label="a rule a depth-2 tree learns: every deeper tree ties with it")
    for number in range(2):
        X, y = noisy(rng.randint(0, 10_000), rng.randint(150, 250))
        yield case(X, y, [1, 2, 3, 4, 6, 10], label=f"noisy made-up measurements ({number + 1})")


MEASURED = {}  # what diagnose measures on a case, kept so each mistake does not measure it again


def _means(label, X, y, depths, cv):
    key = (label, repr(cv))
    if key not in MEASURED:
        with threadpool_limits(1):  # small problems: one thread is faster than many
            train, valid = validation_curve(MODEL, X, y, param_name="max_depth", param_range=depths, cv=cv)
        MEASURED[key] = train.mean(axis=1).round(3), valid.mean(axis=1).round(3)
    return MEASURED[key]


def diagnose(case, expected, got):
    if not isinstance(got, int) or isinstance(got, bool) or got == expected:
        return None
    X, y, depths = case.args
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    train, valid = _means(case.label, X, y, depths, folds)
    best = valid.max()
    tied = [depth for depth, score in zip(depths, valid, strict=False) if score == best]
    if got in tied[1:]:
        return (
            f"Depths {', '.join(map(str, tied))} tie for the best validation score ({best}); a tie goes to the "
            "smallest depth, the simplest tree that does as well. Note that max() on (score, depth) pairs breaks "
            "ties by the larger depth."
        )
    if got in depths and train[depths.index(got)] == train.max() and valid[depths.index(got)] < best:
        return (
            "This depth has the best score on the rows it learned from, which only grows with depth. Choose by "
            "the validation scores: those of the held-out folds."
        )
    _, unshuffled = _means(case.label, X, y, depths, 5)
    if got == depths[int(np.argmax(unshuffled))]:
        return (
            "This depth wins on folds cut in order. Use the folds the prompt gives, "
            "StratifiedKFold(5, shuffle=True, random_state=0), passed as cv=."
        )
    return None
