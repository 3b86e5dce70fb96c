import io

import pandas as pd

from mlsteps.engine.cases import case, dataset

BIKES = pd.read_csv(io.StringIO(dataset("bikes.csv")))
HOW = {"rentals": "sum", "temp_c": "mean", "rain_mm": "max"}


def cases(rng):
    example = pd.DataFrame(
        {
            "date": pd.date_range("2024-01-05", periods=5).strftime("%Y-%m-%d"),
            "rentals": [300, 200, 100, 310, 320],
            "temp_c": [4.0, 2.0, 3.0, 5.0, 6.0],
            "rain_mm": [0.0, 5.5, 1.0, 0.0, 2.0],
        }
    )
    yield case(example, label="the example: starts on a Friday")
    monday = BIKES[BIKES["date"].between("2024-01-01", "2024-01-14")]
    yield case(monday, label="two whole weeks, Monday to Sunday")
    yield case(BIKES[BIKES["date"].between("2023-01-02", "2023-01-02")], label="a single Monday")
    yield case(BIKES, label="all of bikes.csv")
    for _ in range(4):
        start = rng.randrange(len(BIKES) - 80)
        yield case(BIKES.iloc[start : start + rng.randint(9, 80)], label="a random stretch of bikes.csv")


def _weekly(days, rule, how=None, **options):
    daily = days.set_index(pd.to_datetime(days["date"]))[["rentals", "temp_c", "rain_mm"]]
    return daily.resample(rule, **options).agg(how or HOW)


def _same_values(got, want):
    if not isinstance(got, pd.DataFrame) or len(got) != len(want) or set(want.columns) - set(got.columns):
        return False
    return all(abs(got[c].to_numpy() - want[c].to_numpy()).max() < 1e-6 for c in want.columns)


def diagnose(case, expected, got):
    (days,) = case.args
    if not isinstance(got, pd.DataFrame):
        return None
    if _same_values(got, expected) and len(got) and pd.Timestamp(got.index[0]).day_name() == "Sunday":
        return (
            "The weeks are right but labelled by their Sunday, the day they end: \"W\" names each week after its "
            "last day. Name it after its Monday (label=\"left\" with a Monday anchor, or move the dates back)."
        )
    if _same_values(got, _weekly(days, "W-MON")) or _same_values(got, _weekly(days, "W-MON", label="left")):
        return (
            "These weeks run from Tuesday to Monday: \"W-MON\" on its own makes weeks that end on Monday. "
            "A week should start on Monday (closed=\"left\")."
        )
    if _same_values(got, _weekly(days, "W-MON", how="mean", label="left", closed="left")):
        return (
            "Every column was averaged, but each needs its own summary: one summary per column, given to agg "
            "as a dict: the total for rentals, the mean for the temperature, the largest value for rain."
        )
    return None
