import io

import pandas as pd

from mlsteps.engine.cases import case, dataset

BIKES = pd.read_csv(io.StringIO(dataset("bikes.csv")))[["date", "rentals"]]
WEEK = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def cases(rng):
    example = {"date": ["2024-01-01", "2024-01-02", "2024-01-07", "2024-01-08"], "rentals": [300, 320, 150, 280]}
    yield case(pd.DataFrame(example), label="the example")
    nine = BIKES[BIKES["date"].between("2023-01-02", "2023-01-10")]
    yield case(nine, label="nine days: two Mondays and Tuesdays, one of the others")
    yield case(BIKES, label="all of bikes.csv")
    for _ in range(4):
        rows = sorted(rng.sample(range(len(BIKES)), rng.randint(5, 40)))
        yield case(BIKES.iloc[rows], label="random days of bikes.csv")


def diagnose(case, expected, got):
    (days,) = case.args
    if not isinstance(got, pd.Series):
        return None
    names = [str(name) for name in got.index]
    if set(names) - set(WEEK):
        return None
    if len(names) > len(expected):
        return "Some weekdays with no data at all are listed: leave out a weekday that has no day in the data."
    if sorted(names) == sorted(expected.index) and names != list(expected.index):
        if names == sorted(names):
            return "The weekdays are in alphabetical order; put them in week order, Monday first."
        return "The weekdays should come in week order, Monday first and Sunday last."
    dates = pd.to_datetime(days["date"])
    totals = days.groupby(dates.dt.day_name())["rentals"].sum()
    if names == list(expected.index) and all(abs(got[name] - totals[name]) < 0.11 for name in names):
        return "These are totals per weekday; the task asks for means, so that weekdays with more days compare fairly."
    return None
