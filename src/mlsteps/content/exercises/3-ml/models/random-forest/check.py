import numpy as np
import pandas as pd
from sklearn.datasets import make_friedman1
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import train_test_split

from mlsteps.engine.cases import case

COLUMNS = [f"x{number}" for number in range(1, 9)]


def cases(rng):
    for number in range(4):
        X, y = make_friedman1(n_samples=500, n_features=8, noise=1.0, random_state=rng.randint(0, 10_000))
        X_train, X_test, y_train, y_test = train_test_split(
            pd.DataFrame(X.round(4), columns=COLUMNS), y.round(3), test_size=0.3, random_state=rng.randint(0, 10_000)
        )
        yield case(X_train, y_train, predict=X_test, truth=y_test, label=f"a new draw of the table ({number + 1})")


def diagnose(case, expected, got, inspected):
    X_train, y_train = case.args
    X_test = case.then[1][0]
    got = np.asarray(got, dtype=float) if isinstance(got, np.ndarray | list) else None
    if got is None or got.shape != case.truth.shape or np.ptp(got) == 0:
        return None
    if np.isin(got, y_train).all():
        return (
            "Every prediction is the answer of one training row: that is a single tree grown without limit. One "
            "deep tree learns the training rows by heart, noise included, and stumbles on new rows. A random "
            "ensemble grows many different trees and averages them."
        )
    for count in (2, 3, 5, 10):
        few = RandomForestRegressor(n_estimators=count, random_state=0).fit(X_train, y_train)
        if np.allclose(got, few.predict(X_test)):
            return (
                f"A forest of only a few trees ({count}) is not much steadier than one tree. Its strength is the "
                "average of many: grow far more trees."
            )
    return None
