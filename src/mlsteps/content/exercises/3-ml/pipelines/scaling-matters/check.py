import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier
from sklearn.preprocessing import StandardScaler

from mlsteps.engine.cases import case


def loans(seed, rows=500):
    """Past loans: did the borrower fall behind? Income (in euros) is big and tells nothing; the rest tells a lot."""
    draw = np.random.default_rng(seed)
    income = draw.normal(42_000, 12_000, rows).round(-2)
    debt_ratio = draw.uniform(0, 0.8, rows).round(3)
    late = draw.poisson(1.0, rows)
    years = draw.integers(0, 30, rows)
    risk = 5 * (debt_ratio - 0.4) + 0.9 * (late - 1) - 0.05 * (years - 15) + draw.normal(0, 0.6, rows)
    table = pd.DataFrame(
        {"income": income, "debt_ratio": debt_ratio, "late_payments": late, "years_in_job": years}
    )
    return table, pd.Series((risk > 0).astype(int), name="fell_behind")


def cases(rng):
    for number in range(4):
        X, y = loans(rng.randint(0, 2**32 - 1))
        X_train, X_test, y_train, y_test = train_test_split(
            X, y, test_size=0.3, stratify=y, random_state=rng.randint(0, 10_000)
        )
        yield case(
            X_train, y_train, predict=X_test, truth=y_test.to_numpy(), label=f"a new draw of past loans ({number + 1})"
        )


def diagnose(case, expected, got, inspected):
    X_train, y_train = case.args
    X_test = case.then[1][0]
    got = np.asarray(got)
    scaler = StandardScaler().fit(X_train)
    hand_scaled = KNeighborsClassifier().fit(scaler.transform(X_train), y_train).predict(X_test.to_numpy())
    if np.array_equal(got, hand_scaled):
        return (
            "Your model learned from scaled numbers but is asked about raw ones: the scaler stayed behind when you "
            "returned the model. Return the scaler and the model together, as one pipeline."
        )
    only_classes = got.shape == case.truth.shape and np.isin(got, case.truth).all()
    if only_classes and np.mean(got == case.truth) < 0.7:
        return (
            "Without scaling, income decides every distance: a gap of 500 euros outweighs the whole range of the "
            "debt ratio (0 to 0.8), so the neighbours are simply people with similar incomes. Scale the columns "
            "first, in a pipeline with the model."
        )
    return None
