import warnings

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold, StratifiedKFold, cross_val_score
from threadpoolctl import threadpool_limits

from mlsteps.engine.cases import case

MODEL = LogisticRegression(max_iter=1000, class_weight="balanced")


def payments(seed, rows, frauds):
    """Payments with a few frauds, placed where plain shuffled KFold leaves its last test fold without any."""
    draw = np.random.default_rng(seed)
    folds = list(KFold(5, shuffle=True, random_state=0).split(np.zeros(rows)))
    allowed = np.concatenate([test for _, test in folds[:4]])
    y = np.zeros(rows, dtype=int)
    y[draw.choice(allowed, size=frauds, replace=False)] = 1
    X = pd.DataFrame(
        {
            "amount": (draw.lognormal(3, 0.5, rows) * (1 + 1.2 * y)).round(2),
            "night": (draw.random(rows) < 0.15 + 0.65 * y).astype(int),
            "new_device": (draw.random(rows) < 0.1 + 0.5 * y).astype(int),
            "distance_km": (draw.exponential(5, rows) * (1 + 2 * y)).round(1),
        }
    )
    return X, pd.Series(y, name="fraud")


def cases(rng):
    X, y = payments(3, 150, 10)
    yield case(X, y, label="the example: 150 payments, 10 of them fraud")
    for number in range(3):
        X, y = payments(rng.randint(0, 10_000), rng.randint(120, 220), rng.randint(9, 14))
        yield case(X, y, label=f"payments with a few frauds ({number + 1})")


MEASURED = {}  # what diagnose measures on a case, kept so each mistake does not measure it again


def diagnose(case, expected, got):
    if not isinstance(got, list | tuple) or len(got) != 5 or list(got) == list(expected):
        return None
    X, y = case.args
    if case.label not in MEASURED:
        with threadpool_limits(1), warnings.catch_warnings():  # small problems; the learner sees the warnings
            warnings.simplefilter("ignore")
            MEASURED[case.label] = cross_val_score(MODEL, X, y, cv=StratifiedKFold(5, shuffle=True, random_state=0))
    accuracy = MEASURED[case.label]
    if np.allclose(got, accuracy.round(3), atol=0.0005):
        return (
            "These are accuracy scores, the default of cross_val_score. With few positives, accuracy stays high "
            "even when every fraud is missed; score each fold with recall."
        )
    empty = [
        number + 1
        for number, (_, test) in enumerate(KFold(5, shuffle=True, random_state=0).split(X))
        if y.iloc[test].sum() == 0
    ]
    if empty and any(got[number - 1] == 0 for number in empty):
        return (
            f"Test fold {empty[0]} of plain KFold held no positive rows, so its recall measures nothing (it "
            "comes out as 0 with a warning). StratifiedKFold deals the positives out evenly among the folds."
        )
    return None
