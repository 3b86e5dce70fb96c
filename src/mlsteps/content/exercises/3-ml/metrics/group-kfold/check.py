import numpy as np
import pandas as pd

from mlsteps.engine.cases import case

TESTS = ["glucose", "crp", "ferritin", "sodium"]


def visits(seed, patients, per_patient):
    """Each patient has levels of their own; illness shifts two of the tests a little."""
    draw = np.random.default_rng(seed)
    ill = draw.random(patients) < 0.5
    own = draw.normal(0, 2.5, size=(patients, len(TESTS)))
    rows, labels, names = [], [], []
    for patient in range(patients):
        for _ in range(per_patient):
            shift = np.array([3.5, 3.5, 0.0, 0.0]) * ill[patient]
            rows.append(own[patient] + shift + draw.normal(0, 0.3, len(TESTS)))
            labels.append(int(ill[patient]))
            names.append(f"P{patient + 1:03d}")
    X = pd.DataFrame(np.round(rows, 2), columns=TESTS)
    return X, pd.Series(labels, name="ill"), names


def cases(rng):
    X, y, patients = visits(5, 60, 5)
    yield case(X, y, patients, label="the example: 60 patients, 5 visits each")
    for number in range(3):
        X, y, patients = visits(rng.randint(0, 10_000), rng.randint(40, 70), rng.randint(3, 6))
        yield case(X, y, patients, label=f"another clinic's visits ({number + 1})")


def diagnose(case, expected, got):
    if not isinstance(got, int | float) or isinstance(got, bool) or got == expected:
        return None
    if got > expected + 0.1:
        return (
            "This score is too good to be true: visits of the same patient were in training and in the test fold, "
            "so the model recognised people it had already seen. Keep each patient's rows together with "
            "GroupKFold, and pass the patients as the groups."
        )
    return None
