import numpy as np
from sklearn.datasets import load_wine
from sklearn.model_selection import train_test_split

from mlsteps.engine.cases import case

DATA = load_wine(as_frame=True)
SCALER_MEANS = "steps.0.1.mean_"


def cases(rng):
    for number in range(3):
        X, X_new, y, y_new = train_test_split(
            DATA.data, DATA.target, test_size=0.25, stratify=DATA.target, random_state=rng.randint(0, 10_000)
        )
        yield case(
            X,
            y,
            rng.randint(0, 1000),
            predict=X_new,
            truth=y_new.to_numpy(),
            inspect=[SCALER_MEANS],
            label=f"a new draw of the wine samples ({number + 1})",
        )


def diagnose(case, expected, got, inspected):
    X, y, seed = case.args
    means = inspected.get(SCALER_MEANS)
    if not isinstance(means, np.ndarray) or means.shape != (X.shape[1],):
        return "The first step of your pipeline should be the fitted StandardScaler, as the prompt shows."
    _, X_test, _, _ = train_test_split(X, y, test_size=0.25, random_state=seed)
    if np.allclose(means, X.mean()):
        return (
            "The scaler's means are those of all the rows: it was fitted before the split, so the test rows "
            "leaked into training. Split first, then fit the pipeline on the training rows only."
        )
    if np.allclose(means, X_test.mean()):
        return "The scaler learned from the test rows only: fit the pipeline on the training part."
    return None
