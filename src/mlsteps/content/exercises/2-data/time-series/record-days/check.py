import io

import pandas as pd

from mlsteps.engine.cases import case, dataset

BIKES = pd.read_csv(io.StringIO(dataset("bikes.csv")))[["date", "rentals"]]


def _days(rentals, start="2023-03-01"):
    return pd.DataFrame({"date": pd.date_range(start, periods=len(rentals)).strftime("%Y-%m-%d"), "rentals": rentals})


def cases(rng):
    yield case(_days([100, 90, 120, 120, 150, 140]), label="the example: a tie with the record")
    yield case(_days([50]), label="a single day")
    yield case(_days([10, 20, 30, 40]), label="every day beats the one before")
    yield case(BIKES.iloc[:200], label="the first 200 days of bikes.csv")
    for _ in range(3):
        start = rng.randrange(len(BIKES) - 200)
        yield case(BIKES.iloc[start : start + rng.randint(60, 200)], label="a random stretch of bikes.csv")


def _flags(days, window=None, strict=True, own=False, first=False):
    rentals = days.set_index(pd.to_datetime(days["date"]))["rentals"]
    past = rentals if own else rentals.shift(1)
    best = past.rolling(window, min_periods=1).max() if window else past.expanding().max()
    flags = rentals > best if strict else rentals >= best
    if first:
        flags = flags | best.isna()
    return list(flags)


def diagnose(case, expected, got):
    (days,) = case.args
    if not isinstance(got, pd.Series) or len(got) != len(days):
        return None
    have = [bool(flag) for flag in got.fillna(False)]
    if all(have) and not all(expected):
        return (
            "Every day is flagged: each day was compared with a maximum that includes the day itself. Compare it "
            "with the best of the days before it (shift by one day first)."
        )
    if have == _flags(days, strict=False):
        return "A day that only equals the record does not beat it: a new record must be strictly higher."
    if have == _flags(days, first=True):
        return "The first day has nothing before it to beat, so it is not a record."
    if have == _flags(days, window=30):
        return "A record beats every earlier day, not only the recent ones: the window grows from the first day."
    return None
