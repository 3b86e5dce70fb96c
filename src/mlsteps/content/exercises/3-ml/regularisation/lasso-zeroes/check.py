import numpy as np
import pandas as pd
from sklearn.datasets import make_regression
from sklearn.linear_model import Lasso

from mlsteps.engine.cases import case


def sensors(seed, rows, columns, useful):
    """A few useful columns among useless ones, recorded in very different units."""
    X, y = make_regression(
        n_samples=rows, n_features=columns, n_informative=useful, noise=15, random_state=seed, shuffle=True
    )
    units = np.random.default_rng(seed).choice([0.01, 1.0, 100.0], size=columns)
    names = [f"s{number}" for number in range(1, columns + 1)]
    return pd.DataFrame((X * units).round(5), columns=names), pd.Series(y.round(2), name="target")


def cases(rng):
    X, y = sensors(3, 120, 10, 3)
    yield case(X, y, 5.0, label="the example: 10 sensors, 3 of them useful")
    for number in range(4):
        X, y = sensors(rng.randint(0, 10_000), rng.randint(80, 160), rng.randint(8, 14), rng.randint(2, 5))
        yield case(X, y, rng.choice([2.0, 5.0, 10.0]), label=f"sensors in mixed units ({number + 1})")


def diagnose(case, expected, got):
    if not isinstance(got, list) or got == expected:
        return None
    X, y, alpha = case.args
    if sorted(got) == sorted(expected):
        return (
            "The right columns, in another order: keep the order of X's columns (a boolean mask over X.columns "
            "keeps it)."
        )
    raw = Lasso(alpha=alpha).fit(X, y).coef_
    if got == X.columns[raw != 0].tolist():
        return (
            "These columns were chosen on the raw units: a column in small units needs a big weight and pays a "
            "big penalty for it. They must be standardised first, with the scaler in the pipeline."
        )
    return None
