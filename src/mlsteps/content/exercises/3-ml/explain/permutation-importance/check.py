import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from threadpoolctl import threadpool_limits

from mlsteps.engine.cases import case


def subscribers(seed, rows):
    """Cancelling depends on tenure, fee and support calls; customer_id is a random number, newsletter nothing."""
    draw = np.random.default_rng(seed)
    X = pd.DataFrame(
        {
            "customer_id": draw.integers(100_000, 999_999, rows),
            "tenure_months": draw.integers(1, 72, rows),
            "monthly_fee": draw.uniform(10, 120, rows).round(2),
            "support_calls": draw.poisson(2, rows),
            "age": draw.integers(18, 80, rows),
            "newsletter": draw.integers(0, 2, rows),
        }
    )
    score = -0.05 * X["tenure_months"] + 0.02 * X["monthly_fee"] + 0.5 * X["support_calls"] - 0.5
    cancelled = (score + draw.normal(0, 1, rows) > 0).astype(int)
    return train_test_split(X, cancelled.rename("cancelled"), test_size=0.3, random_state=seed)


def cases(rng):
    X_train, X_test, y_train, y_test = subscribers(0, 400)
    yield case(X_train, y_train, X_test, y_test, label="the example: 400 subscribers")
    for number in range(2):
        X_train, X_test, y_train, y_test = subscribers(rng.randint(0, 10_000), rng.randint(250, 400))
        yield case(X_train, y_train, X_test, y_test, label=f"another set of subscribers ({number + 1})")


MEASURED = {}  # what diagnose measures on a case, kept so each mistake does not measure it again


def diagnose(case, expected, got):
    if not isinstance(got, dict) or set(got) != set(expected) or got == expected:
        return None
    X_train, y_train, _X_test, _y_test = case.args
    if case.label not in MEASURED:
        with threadpool_limits(1):  # small problems: one thread is faster than many
            forest = RandomForestClassifier(n_estimators=30, random_state=0).fit(X_train, y_train)
        MEASURED[case.label] = dict(zip(X_train.columns, forest.feature_importances_.round(3), strict=True))
    impurity = MEASURED[case.label]
    if all(abs(got[column] - impurity[column]) <= 0.0005 for column in got):
        return (
            "These are the forest's impurity importances (feature_importances_), learned in training: they "
            "flatter columns with many values, such as customer_id. Measure the permutation importance instead."
        )
    if got["customer_id"] >= 0.02 and got["customer_id"] > expected["customer_id"] + 0.01:
        return (
            "customer_id, a random number, looks useful here: these importances were measured on the rows the "
            "model learned from, where it memorised ids. Measure on the held-out rows."
        )
    return None
