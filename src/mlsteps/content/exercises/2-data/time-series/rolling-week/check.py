import io

import pandas as pd

from mlsteps.engine.cases import case, dataset

BIKES = pd.read_csv(io.StringIO(dataset("bikes.csv")))[["date", "rentals"]]


def cases(rng):
    dates = pd.date_range("2023-05-01", periods=8).strftime("%Y-%m-%d")
    yield case(pd.DataFrame({"date": dates, "rentals": [70, 70, 70, 70, 70, 35, 35, 140]}), label="the example")
    yield case(pd.DataFrame({"date": dates[:7], "rentals": [1, 2, 3, 4, 5, 6, 7]}), label="exactly 7 days")
    yield case(pd.DataFrame({"date": dates[:5], "rentals": [9, 9, 9, 9, 9]}), label="fewer than 7 days")
    yield case(BIKES.iloc[:120], label="the first 120 days of bikes.csv")
    for _ in range(4):
        start = rng.randrange(len(BIKES) - 60)
        yield case(BIKES.iloc[start : start + rng.randint(10, 60)], label="a random stretch of bikes.csv")


def _rentals(days):
    return days.set_index(pd.to_datetime(days["date"]))["rentals"]


def _same(got, want):
    if not isinstance(got, pd.Series) or len(got) != len(want):
        return False
    return got.fillna(-1e18).round(6).tolist() == want.fillna(-1e18).round(6).tolist()


def diagnose(case, expected, got):
    (days,) = case.args
    if not isinstance(got, pd.Series):
        return None
    rentals = _rentals(days)
    if _same(got, rentals.rolling(7, center=True).mean()):
        return (
            "Your window is centred on the day, so it uses the 3 days after it: on that day nobody knew them yet. "
            "Use the day and the 6 days before it."
        )
    if _same(got, rentals.rolling(7, min_periods=1).mean()) and len(rentals) > 1:
        return "The first days should be NaN: a day with fewer than 7 days up to it has no full week to average."
    if _same(got, rentals.rolling(7).sum()):
        return "These are the totals of each 7-day window; the task asks for their mean."
    return None
