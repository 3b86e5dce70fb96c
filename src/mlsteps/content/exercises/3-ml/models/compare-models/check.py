import warnings

import pandas as pd
from sklearn.datasets import load_iris, load_wine, make_classification
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier
from threadpoolctl import threadpool_limits

from mlsteps.engine.cases import case


def synthetic(seed, rows):
    X, y = make_classification(
        n_samples=rows, n_features=8, n_informative=5, flip_y=0.05, random_state=seed
    )
    columns = [f"sensor_{number}" for number in range(1, 9)]
    return pd.DataFrame(X.round(3), columns=columns), pd.Series(y, name="faulty")


def cases(rng):
    wine = load_wine(as_frame=True)
    yield case(wine.data, wine.target, label="wines from three growers")
    iris = load_iris(as_frame=True)
    yield case(iris.data, iris.target, label="iris flowers")
    for number in range(2):
        X, y = synthetic(rng.randint(0, 10_000), rng.randint(150, 250))
        yield case(X, y, label=f"machine sensor readings, faulty or not ({number + 1})")


def _cv_accuracy(model, X, y, cv):
    with threadpool_limits(1), warnings.catch_warnings():  # small problems; the learner sees the warnings
        warnings.simplefilter("ignore")
        return round(float(cross_val_score(model, X, y, cv=cv).mean()), 3)


def diagnose(case, expected, got):
    if not isinstance(got, dict) or set(got) != set(expected):
        return None
    X, y = case.args
    if got.get("decision tree") == 1.0 and expected["decision tree"] != 1.0:
        return (
            "A decision tree at 1.0 is a warning sign: these scores were scored on the rows they learned from. "
            "Cross-validation scores each fold with a model that never saw it."
        )
    tree = DecisionTreeClassifier(random_state=0)
    scaled = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
    if got["decision tree"] == _cv_accuracy(tree, X, y, 5) and got["logistic regression"] == _cv_accuracy(
        scaled, X, y, 5
    ):
        return (
            "Every model must be tested on the same shuffled folds, the ones the prompt names; "
            "plain `cv=5` cuts the rows in order, which also puts whole classes in one fold when the rows are "
            "sorted by class."
        )
    folds = KFold(5, shuffle=True, random_state=0)
    if got["logistic regression"] == _cv_accuracy(LogisticRegression(max_iter=1000), X, y, folds):
        return (
            "The logistic regression was not scaled: it works best (and converges) when every column has a "
            "similar range: put a scaler in front of it, in a pipeline."
        )
    return None
