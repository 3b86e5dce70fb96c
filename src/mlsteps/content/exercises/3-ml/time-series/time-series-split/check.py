import io

import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.model_selection import KFold, cross_val_score
from threadpoolctl import threadpool_limits

from mlsteps.engine.cases import case, dataset

BIKES = pd.read_csv(io.StringIO(dataset("bikes.csv")))


def make_features(days):
    table = days.sort_values("date").reset_index(drop=True)
    dates = pd.to_datetime(table["date"])
    X = pd.DataFrame(
        {
            "lag_1": table["rentals"].shift(1),
            "lag_7": table["rentals"].shift(7),
            "temp_c": table["temp_c"],
            "rain_mm": table["rain_mm"],
            "weekend": (dates.dt.day_of_week >= 5).astype(int),
        }
    )
    known = X.notna().all(axis=1)
    return X[known], table["rentals"][known]


def cases(rng):
    yield case(BIKES, label="the example: all of bikes.csv")
    for number in range(3):
        start = rng.randint(0, 500)
        count = rng.randint(300, len(BIKES) - start)
        yield case(
            BIKES.iloc[start : start + count].reset_index(drop=True), label=f"{count} days of bikes.csv ({number + 1})"
        )


def diagnose(case, expected, got):
    if not isinstance(got, int | float) or isinstance(got, bool) or got == expected:
        return None
    if got < 0:
        return (
            "Your error is negative: scikit-learn reports errors as negative scores (neg_mean_absolute_error) so "
            "that higher is always better. Return the mean absolute error as a positive number."
        )
    X, y = make_features(case.args[0])
    with threadpool_limits(1):  # small problems: one thread is faster than many
        scores = cross_val_score(
            Ridge(), X, y, cv=KFold(5, shuffle=True, random_state=0), scoring="neg_mean_absolute_error"
        )
    if got == round(float(-scores.mean()), 1):
        return (
            "These folds are shuffled: each one trains on days from the future of its test days. Use "
            "TimeSeriesSplit, which always trains on the past and tests on what follows."
        )
    return None
