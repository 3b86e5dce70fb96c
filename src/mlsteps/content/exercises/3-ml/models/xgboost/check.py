import numpy as np
import pandas as pd
from sklearn.datasets import make_classification
from sklearn.model_selection import train_test_split

from mlsteps.engine.cases import case

COLUMNS = [f"v{number}" for number in range(1, 11)]
# Which model makes the predictions, whether returned bare or at the end of a pipeline ("NoneType" when absent).
MODEL = "__class__.__name__"
FINAL = "_final_estimator.__class__.__name__"


def transactions(seed):
    """Card payments described by 10 anonymous measurements; about 1 in 20 is fraud (1)."""
    X, y = make_classification(
        n_samples=1500,
        n_features=10,
        n_informative=5,
        n_redundant=2,
        weights=[0.95],
        flip_y=0.0,
        class_sep=1.2,
        random_state=seed,
    )
    return pd.DataFrame(X.round(4), columns=COLUMNS), pd.Series(y, name="fraud")


def cases(rng):
    for number in range(4):
        X, y = transactions(rng.randint(0, 10_000))
        X_train, X_test, y_train, y_test = train_test_split(
            X, y, test_size=0.3, stratify=y, random_state=rng.randint(0, 10_000)
        )
        yield case(
            X_train,
            y_train,
            predict=X_test,
            method="predict_proba",
            truth=y_test.to_numpy(),
            observe=(MODEL, FINAL),
            label=f"a new month of card payments ({number + 1})",
        )


def verify(case, got, observed):
    names = [observed.get(path) for path in (FINAL, MODEL)]
    name = next((value for value in names if isinstance(value, str) and value != "NoneType"), None)
    if name == "XGBClassifier":
        return None
    return (
        f"the predictions come from a {name or 'model of an unknown kind'}: this exercise is about XGBoost's own "
        "classifier, from the xgboost library, and its settings."
    )


def diagnose(case, expected, got, inspected):
    chances = np.asarray(got, dtype=float) if isinstance(got, np.ndarray | list) else None
    if chances is None or chances.ndim != 2 or len(chances) != len(case.truth):
        return None
    if np.ptp(chances[:, -1]) == 0:
        share = 1 - case.truth.mean()
        return (
            f"Your model gives every payment the same chance of fraud. Always answering \"no fraud\" is right "
            f"about {share:.0%} of the time, which sounds good but catches no fraud at all: that is why these "
            "checks use ROC AUC, where such a model scores 0.5. Train a real classifier."
        )
    return None
