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
            observe=[SCALER_MEANS],
            label=f"a new draw of the wine samples ({number + 1})",
        )


def verify(case, got, observed):
    """What the pipeline's scaler learned, in words: the learner never sees the internal path it was read from."""
    X, y, seed = case.args
    means = observed.get(SCALER_MEANS)
    if not isinstance(means, np.ndarray) or means.shape != (X.shape[1],):
        return "the first step of your pipeline should be the fitted StandardScaler, as the prompt shows."
    X_train, X_test, _, _ = train_test_split(X, y, test_size=0.25, random_state=seed)
    if np.allclose(means, X_train.mean()):
        return None
    if np.allclose(means, X.mean()):
        return (
            "the scaler's means are those of all the rows: it was fitted before the split, so the test rows "
            "leaked into training. Split first, then fit the pipeline on the training rows only."
        )
    if np.allclose(means, X_test.mean()):
        return "the scaler learned from the test rows only: fit the pipeline on the training part."
    return (
        "the scaler's means are not those of the training rows: split with the test share and the seed the prompt "
        "gives, then fit the pipeline on the training part only."
    )
