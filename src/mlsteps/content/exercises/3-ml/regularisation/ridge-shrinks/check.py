import numpy as np
import pandas as pd
from sklearn.datasets import load_diabetes, make_regression
from sklearn.linear_model import Ridge
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from threadpoolctl import threadpool_limits

from mlsteps.engine.cases import case


def measurements(seed, rows):
    """Columns on very different scales: grams beside kilometres."""
    X, y = make_regression(n_samples=rows, n_features=6, n_informative=4, noise=20, random_state=seed)
    X = X * np.array([1000, 1, 0.01, 50, 1, 0.2])
    columns = ["grams", "score", "km", "pence", "rating", "hours"]
    return pd.DataFrame(X.round(4), columns=columns), pd.Series(y.round(2), name="target")


def cases(rng):
    diabetes = load_diabetes(as_frame=True)
    yield case(diabetes.data, diabetes.target, [0.1, 10, 1000], label="the example: diabetes progression")
    for number in range(3):
        X, y = measurements(rng.randint(0, 10_000), rng.randint(60, 150))
        alphas = sorted(rng.sample([0.01, 0.1, 1, 5, 10, 50, 100, 1000], 4))
        yield case(X, y, alphas, label=f"measurements on very different scales ({number + 1})")


def _sizes(X, y, alphas, scaled, size):
    out = []
    with threadpool_limits(1):  # small problems: one thread is faster than many
        for alpha in alphas:
            model = make_pipeline(StandardScaler(), Ridge(alpha=alpha)) if scaled else make_pipeline(Ridge(alpha=alpha))
            out.append(round(float(size(model.fit(X, y)[-1].coef_)), 3))
    return out


def diagnose(case, expected, got):
    if not isinstance(got, list) or len(got) != len(expected) or got == expected:
        return None
    X, y, alphas = case.args
    if np.allclose(got, _sizes(X, y, alphas, True, lambda w: np.abs(w).sum()), atol=0.0005):
        return (
            "These are sums of the weights' absolute values. The size asked for is the Euclidean length: the "
            "square root of the sum of their squares."
        )
    if np.allclose(got, _sizes(X, y, alphas, False, np.linalg.norm), atol=0.0005):
        return (
            "These weights were learned on the raw columns. They must be standardised first (StandardScaler in "
            "the pipeline), or the penalty hits columns differently just because of their units."
        )
    return None
