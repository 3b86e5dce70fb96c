import io

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

BIKES = pd.read_csv(io.StringIO(dataset("bikes.csv")))[["date", "rentals"]]


def _days(dates, rentals):
    return pd.DataFrame({"date": dates, "rentals": rentals})


def cases(rng):
    yield case(
        _days(["2023-11-30", "2023-12-01", "2023-12-02", "2024-01-05"], [100, 80, 90, 60]), label="the example"
    )
    summer = BIKES[BIKES["date"].between("2022-03-01", "2022-10-31")]
    yield case(summer, label="March to October 2022 only: other months have no data in any year")
    yield case(BIKES, label="all of bikes.csv, three years")
    yield case(_days(["2024-06-01"], [5]), label="a single day")
    for _ in range(4):
        rows = sorted(rng.sample(range(len(BIKES)), rng.randint(20, 120)))
        yield case(BIKES.iloc[rows], label="random days of bikes.csv, some months empty")


def _grid(days, how="sum", fill=None):
    dates = pd.to_datetime(days["date"])
    totals = days.groupby([dates.dt.year, dates.dt.month])["rentals"].agg(how)
    return totals.unstack(fill_value=fill).reindex(columns=range(1, 13))


def _same(got, want):
    if not isinstance(got, pd.DataFrame) or got.shape != want.shape:
        return False
    try:
        return bool(np.allclose(got.to_numpy(dtype=float), want.to_numpy(dtype=float), equal_nan=True))
    except (TypeError, ValueError):
        return False


def diagnose(case, expected, got):
    (days,) = case.args
    if not isinstance(got, pd.DataFrame):
        return None
    years = set(pd.to_datetime(days["date"]).dt.year)
    if set(got.columns) <= years and set(got.index) <= set(range(1, 13)):
        return "Your grid is on its side: the years should be the rows and the months the columns."
    if len(got.columns) < 12 and set(got.columns) <= set(range(1, 13)):
        return "Some months are missing from the columns: the grid should have all twelve months, 1 to 12."
    if _same(got, _grid(days, fill=0).fillna(0)):
        return "An empty month shows 0, but no data is not zero rentals: leave those cells as NaN."
    if _same(got, _grid(days, how="mean")):
        return "These look like the mean of a day in each month; each cell should be the month's total."
    return None
