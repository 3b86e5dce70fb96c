import io

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

BIKES = pd.read_csv(io.StringIO(dataset("bikes.csv")))[["date", "rentals"]]


def cases(rng):
    dates = pd.date_range("2022-01-01", "2023-02-28")
    example = pd.DataFrame({"date": dates.strftime("%Y-%m-%d"), "rentals": np.where(dates.year == 2022, 100, 110)})
    yield case(example[example["date"] != "2022-02-14"], label="the example: a day missing in February 2022")
    yield case(BIKES, label="all of bikes.csv: February 2024 has 29 days")
    yield case(
        BIKES[BIKES["date"].between("2022-01-15", "2023-06-10")], label="starts and ends in the middle of a month"
    )
    for _ in range(3):
        start = rng.randrange(0, 200)
        stretch = BIKES.iloc[start : start + rng.randint(400, 800)]
        gone = rng.sample(list(stretch.index), rng.randint(1, 4))
        yield case(stretch.drop(index=gone), label="a random stretch of bikes.csv, a few days missing")


def _growth(days, periods=12, how="sum", complete_only=True):
    daily = days.set_index(pd.to_datetime(days["date"]))["rentals"]
    monthly = daily.resample("MS").agg([how, "count"])
    totals = monthly[how]
    if complete_only:
        totals = totals.where(monthly["count"] == monthly.index.days_in_month)
    return (totals.pct_change(periods=periods) * 100).round(1)


def _close(got, want):
    if not isinstance(got, pd.Series) or len(got) != len(want):
        return False
    have, wanted = got.to_numpy(dtype=float), want.to_numpy(dtype=float)
    both = ~np.isnan(wanted) & ~np.isnan(have)
    return bool((np.isnan(have) == np.isnan(wanted)).all() and (abs(have[both] - wanted[both]) < 0.11).all())


def diagnose(case, expected, got):
    (days,) = case.args
    if _close(got, _growth(days, periods=1)):
        return (
            "Each month is compared with the month before, which mostly measures the seasons: compare it with "
            "the same month one year earlier (12 months back)."
        )
    if _close(got, _growth(days, complete_only=False)):
        return (
            "Some months that are not complete were compared: a month with days missing from the data has a "
            "total that is too small. Give it NaN before comparing."
        )
    if _close(got, _growth(days, how="mean")):
        return (
            "These are growths of the daily mean; the task asks for the month's total. They differ when the two "
            "months have different lengths: February 2024 had 29 days, February 2023 had 28."
        )
    return None
