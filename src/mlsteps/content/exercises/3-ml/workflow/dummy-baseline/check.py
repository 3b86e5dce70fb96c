import io

import pandas as pd
from sklearn.datasets import load_breast_cancer, load_diabetes, load_wine
from sklearn.dummy import DummyClassifier, DummyRegressor
from sklearn.model_selection import train_test_split

from mlsteps.engine.cases import case, dataset

CANCER = load_breast_cancer(as_frame=True)
WINE = load_wine(as_frame=True)
DIABETES = load_diabetes(as_frame=True)
HOUSING = pd.read_csv(io.StringIO(dataset("housing.csv")))
HOMES_X = HOUSING[["area_m2", "rooms", "distance_km"]]
HOMES_Y = HOUSING["price_eur"]


def _split(X, y, rng, classes):
    return train_test_split(
        X, y, test_size=0.25, random_state=rng.randint(0, 10_000), stratify=y if classes else None
    )


def cases(rng):
    yield case(
        pd.DataFrame({"hours": [1, 2, 3, 4, 5, 6]}),
        pd.DataFrame({"hours": [2, 3, 5, 6]}),
        pd.Series([1, 1, 0, 1, 0, 1], name="passed"),
        pd.Series([1, 0, 1, 1], name="passed"),
        "classification",
        label="the first example",
    )
    yield case(
        pd.DataFrame({"area_m2": [40, 60, 80]}),
        pd.DataFrame({"area_m2": [70, 90]}),
        pd.Series([10.0, 20.0, 30.0], name="rent"),
        pd.Series([20.0, 30.0], name="rent"),
        "regression",
        label="the second example",
    )
    sets = [
        (CANCER.data, CANCER.target, "classification", "breast cancer samples"),
        (WINE.data, WINE.target, "classification", "wines, 3 classes"),
        (DIABETES.data, DIABETES.target, "regression", "diabetes progression"),
        (HOMES_X, HOMES_Y, "regression", "home prices (housing.csv)"),
    ]
    for X, y, kind, words in sets + rng.sample(sets, 2):
        yield case(*_split(X, y, rng, kind == "classification"), kind, label=f"a random split of the {words}")


def diagnose(case, expected, got):
    X_train, X_test, y_train, y_test, kind = case.args
    if got is None:
        return None
    if not isinstance(got, int | float) or isinstance(got, bool):
        return "Return the score itself, one number: the dummy's score on the test part."
    right = DummyClassifier(strategy="most_frequent") if kind == "classification" else DummyRegressor()
    on_train = abs(got - right.fit(X_train, y_train).score(X_train, y_train)) < 1e-9 and abs(got - expected) > 1e-9
    wrong = DummyClassifier(strategy="most_frequent") if kind == "regression" else DummyRegressor()
    wrong_model = abs(got - wrong.fit(X_train, y_train).score(X_test, y_test)) < 1e-9
    if on_train and wrong_model:
        return (
            f"{got} is what two mistakes give here: the score on the training rows, or a "
            f"{type(wrong).__name__}. Use {type(right).__name__} and score it on the test part."
        )
    if on_train:
        return (
            "This is the score on the training rows, the rows the model learned from. A score only means "
            "something on rows the model never saw: score it on the test part."
        )
    if wrong_model and kind == "regression":
        return (
            "This is the accuracy of a DummyClassifier, which treats every amount as a separate class. "
            "An amount (a regression target) needs the dummy regressor that predicts the mean, scored with R²."
        )
    if wrong_model:
        return "Classes need the dummy classifier that predicts the most frequent class, scored with accuracy."
    return None
