import io

import pandas as pd

from mlsteps.engine.cases import case, dataset

BIKES = pd.read_csv(io.StringIO(dataset("bikes.csv")))[["date", "rentals"]]


def cases(rng):
    dates = pd.date_range("2023-05-01", periods=9).strftime("%Y-%m-%d")
    yield case(
        pd.DataFrame({"date": dates, "rentals": [200, 210, 220, 230, 240, 150, 100, 250, 189]}), label="the example"
    )
    yield case(pd.DataFrame({"date": dates[:7], "rentals": [5, 6, 7, 8, 9, 10, 11]}), label="exactly one week")
    yield case(
        pd.DataFrame({"date": dates, "rentals": [100, 90, 80, 70, 60, 50, 40, 50, 45]}),
        label="a halving: -50 % of the earlier value, not -100 % of today's",
    )
    yield case(BIKES.iloc[:100], label="the first 100 days of bikes.csv")
    for _ in range(4):
        start = rng.randrange(len(BIKES) - 60)
        yield case(BIKES.iloc[start : start + rng.randint(10, 60)], label="a random stretch of bikes.csv")


def _rentals(days):
    return days.set_index(pd.to_datetime(days["date"]))["rentals"].astype(float)


def _close(got, want):
    if not isinstance(got, pd.Series) or len(got) != len(want):
        return False
    mask = want.notna().to_numpy()
    have = got.to_numpy(dtype=float)[mask]
    return mask.any() and bool((abs(have - want.to_numpy()[mask]) < 0.11).all())


def diagnose(case, expected, got):
    (days,) = case.args
    rentals = _rentals(days)
    if _close(got, (rentals.pct_change() * 100).round(1)):
        return (
            "Each day is compared with the day before, so the weekly rhythm swamps the change: compare with the "
            "same weekday a week earlier (7 rows back)."
        )
    if _close(got, rentals.pct_change(periods=7)):
        return "These are fractions (0.25); the task asks for percent (25.0): multiply by 100."
    week_ago = rentals.shift(7)
    if _close(got, ((rentals - week_ago) / rentals * 100).round(1)):
        return "The change should be a percentage of the earlier value (a week ago), not of today's rentals."
    return None
