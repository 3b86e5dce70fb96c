import numpy as np
import pandas as pd
from sklearn.datasets import load_diabetes, make_regression
from sklearn.linear_model import Ridge
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from threadpoolctl import threadpool_limits

from mlsteps.engine.cases import case

ALPHAS = [0.01, 0.1, 1, 10, 100, 1000]


def noisy_table(seed):
    """Few rows, many correlated columns, rows sorted by the first column (as an export might be)."""
    draw = np.random.default_rng(seed)
    X, y = make_regression(
        n_samples=int(draw.integers(60, 120)),
        n_features=int(draw.integers(20, 40)),
        n_informative=int(draw.integers(3, 15)),
        noise=float(draw.uniform(10, 80)),
        effective_rank=int(draw.integers(5, 15)),
        random_state=seed,
    )
    order = np.argsort(X[:, 0])
    columns = [f"x{number}" for number in range(1, X.shape[1] + 1)]
    return pd.DataFrame(X[order].round(4), columns=columns), pd.Series(y[order].round(2), name="target")


def cases(rng):
    diabetes = load_diabetes(as_frame=True)
    yield case(diabetes.data, diabetes.target, ALPHAS, label="the example: diabetes progression")
    for number in range(3):
        X, y = noisy_table(rng.randint(0, 10_000))
        yield case(X, y, ALPHAS, label=f"few rows, many correlated columns, sorted rows ({number + 1})")


MEASURED = {}  # what diagnose measures on a case, kept so each mistake does not measure it again


def _alternatives(label, X, y, alphas):
    """The alpha chosen on the training rows, and the one chosen on unshuffled folds."""
    if label not in MEASURED:
        with threadpool_limits(1):  # small problems: one thread is faster than many
            train = [make_pipeline(StandardScaler(), Ridge(alpha=alpha)).fit(X, y).score(X, y) for alpha in alphas]
            grid = {"ridge__alpha": alphas}
            search = GridSearchCV(make_pipeline(StandardScaler(), Ridge()), grid, cv=5).fit(X, y)
        MEASURED[label] = alphas[int(np.argmax(train))], search.best_params_["ridge__alpha"]
    return MEASURED[label]


def diagnose(case, expected, got):
    if not isinstance(got, int | float) or isinstance(got, bool) or got == expected:
        return None
    X, y, alphas = case.args
    on_training, unshuffled = _alternatives(case.label, X, y, alphas)
    if got == on_training:
        return (
            "This alpha wins on the rows it learned from, where the weakest penalty always fits best. Score "
            "each alpha on the held-out folds of cross-validation."
        )
    if got == unshuffled:
        return (
            "This alpha wins on folds cut in order, without shuffling (rows that come sorted then give each fold "
            "a different slice of the data). Use the folds the prompt names, KFold(5, shuffle=True, "
            "random_state=0)."
        )
    return None
