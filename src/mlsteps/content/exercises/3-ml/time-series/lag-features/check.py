import io

import pandas as pd

from mlsteps.engine.cases import case, dataset

BIKES = pd.read_csv(io.StringIO(dataset("bikes.csv")))[["date", "rentals"]]


def days(start, count):
    return BIKES.iloc[start : start + count].reset_index(drop=True)


def cases(rng):
    yield case(days(0, 4), [1, 2], label="the example: the first four days")
    yield case(days(100, 10).sample(frac=1, random_state=1).reset_index(drop=True), [1], label="ten days, shuffled")
    yield case(days(400, 9), [1, 7], label="nine days: yesterday and a week ago")
    for number in range(3):
        table = days(rng.randint(0, len(BIKES) - 30), rng.randint(10, 25))
        if rng.random() < 0.5:
            table = table.sample(frac=1, random_state=rng.randint(0, 1000)).reset_index(drop=True)
        yield case(table, sorted(rng.sample([1, 2, 3, 7, 14], 2)), label=f"days of bikes.csv ({number + 1})")


def diagnose(case, expected, got):
    if not isinstance(got, pd.DataFrame) or "date" not in got.columns:
        return None
    _daily, lags = case.args
    if len(got) < len(expected):
        return (
            "Rows are missing: the first days have no earlier value, but they are still days. Keep them with NaN "
            "in the lag column; no row is dropped (a model can skip them later, if it must)."
        )
    if len(got) == len(expected) and list(got["date"]) != list(expected["date"]):
        return "The rows are not in date order: sort them by date before shifting, and return them in that order."
    for k in lags:
        column = f"lag_{k}"
        if column in got.columns and len(got) == len(expected):
            later = expected["rentals"].shift(-k)
            if got[column].reset_index(drop=True).equals(later):
                return (
                    f"{column} holds the rentals of a later day (k days ahead): shift moves values down for a "
                    "positive k, up for a negative one. A lag looks back."
                )
    return None
