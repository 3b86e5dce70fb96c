import numpy as np
from sklearn.datasets import load_diabetes
from sklearn.model_selection import train_test_split

from mlsteps.engine.cases import case

DATA = load_diabetes(as_frame=True)


def cases(rng):
    for split in range(4):
        X_train, X_test, y_train, y_test = train_test_split(
            DATA.data, DATA.target, test_size=0.3, random_state=rng.randint(0, 10_000)
        )
        yield case(X_train, y_train, predict=X_test, truth=y_test.to_numpy(), label=f"a random split ({split + 1})")


def diagnose(case, expected, got):
    _X_train, y_train = case.args
    predictions = np.asarray(got) if isinstance(got, np.ndarray | list) else None
    if predictions is None or predictions.dtype.kind not in "iuf" or predictions.size == 0:
        return None
    if np.allclose(predictions, predictions[0]):
        return f"Your model predicts {predictions[0]:.1f} for every patient: it has learned nothing from the inputs."
    seen = np.isin(predictions, y_train.to_numpy())
    if seen.all():
        return (
            f"Every prediction is one of the exact values found in y_train. Is your model a classifier? "
            f"A classifier treats each different value of y_train ({y_train.nunique()} of them here) as a "
            "separate class, never predicts anything in between, and cannot tell that 150 is close to 151. "
            "For an amount, use a regressor."
        )
    return None
