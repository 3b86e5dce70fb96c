import numpy as np
from sklearn.datasets import load_breast_cancer, load_iris, load_wine
from sklearn.ensemble import RandomForestClassifier

from mlsteps.engine.cases import case


def cases(rng):
    iris = load_iris(as_frame=True)
    yield case(
        {"n_estimators": 10, "max_depth": 2, "random_state": 0},
        iris.data,
        iris.target,
        "forest.joblib",
        collect=["forest.joblib"],
        label="the example: iris flowers",
    )
    wine = load_wine(as_frame=True)
    yield case(
        {"n_estimators": 5, "max_depth": 1, "random_state": 0},
        wine.data,
        wine.target,
        "stumps.joblib",
        collect=["stumps.joblib"],
        label="tiny trees, one question each",
    )
    cancer = load_breast_cancer()
    yield case(
        {"n_estimators": 20, "max_depth": 3, "random_state": 1},
        cancer.data,
        cancer.target,
        "model.pkl",
        collect=["model.pkl"],
        label="a NumPy array, and a file ending in .pkl",
    )
    for number in range(3):
        params = {
            "n_estimators": rng.randint(5, 30),
            "max_depth": rng.randint(1, 4),
            "min_samples_leaf": rng.randint(1, 10),
            "random_state": rng.randint(0, 100),
        }
        rows = sorted(rng.sample(range(len(cancer.target)), 150))
        yield case(
            params,
            cancer.data[rows],
            cancer.target[rows],
            f"model-{number + 1}.joblib",
            collect=[f"model-{number + 1}.joblib"],
            label=f"random settings and rows ({number + 1})",
        )


def diagnose(case, expected, got):
    if not isinstance(got, np.ndarray) or got.shape != np.shape(expected):
        return None
    _params, X, y, _path = case.args
    if np.array_equal(got, RandomForestClassifier(random_state=0).fit(X, y).predict(X)):
        return (
            "These are the predictions of a forest with default settings: the settings in model_params were not "
            "used. `**` in a call passes every key of a dict as a setting."
        )
    return None
