import io

import pandas as pd

from mlsteps.engine.cases import case, dataset

BIKES = pd.read_csv(io.StringIO(dataset("bikes.csv")))[["date", "rentals"]]


def _days(rentals, start="2023-05-01"):
    return pd.DataFrame({"date": pd.date_range(start, periods=len(rentals)).strftime("%Y-%m-%d"), "rentals": rentals})


def cases(rng):
    yield case(_days([8, 8, 10, 12, 12, 14, 30]), 5, 2, label="the example")
    yield case(_days([8, 8, 10, 12, 12, 6]), 5, 2, label="a day exactly 2 deviations below")
    yield case(_days([8, 8, 10, 12, 12, 1]), 5, 2, label="an unusually low day")
    yield case(_days([100, 100, 500, 100, 101, 99]), 2, 1.5, label="early days with too few days before them")
    yield case(_days([10, 12, 10, 12, 10, 12, 10, 40, 40, 12]), 3, 3, label="a spike that would hide in its own window")
    for _ in range(4):
        start = rng.randrange(len(BIKES) - 90)
        stretch = BIKES.iloc[start : start + rng.randint(30, 90)].copy()
        for row in rng.sample(list(stretch.index[10:]), 2):
            stretch.loc[row, "rentals"] = int(stretch.loc[row, "rentals"] * rng.choice([0.2, 0.4, 2.2]))
        window, k = rng.choice([7, 14, 28]), rng.choice([2, 2.5, 3])
        yield case(stretch, window, k, label="a stretch of bikes.csv, two odd days")


def _rentals(days):
    return days.set_index(pd.to_datetime(days["date"]))["rentals"]


def _flags(days, window, k, shifted=True, low=True, strict=True, min_periods=None):
    rentals = _rentals(days)
    past = (rentals.shift(1) if shifted else rentals).rolling(window, min_periods=min_periods)
    distance = rentals - past.mean()
    if low:
        distance = distance.abs()
    limit = k * past.std()
    return list(distance > limit) if strict else list(distance >= limit)


def diagnose(case, expected, got):
    days, window, k = case.args
    if not isinstance(got, pd.Series) or len(got) != len(days):
        return None
    have = [bool(flag) for flag in got.fillna(False)]
    if have == _flags(days, window, k, shifted=False):
        return (
            "Each day is inside its own window, so a spike raises the mean and the spread it is judged by: "
            "shift the series by one day before rolling, so the window ends on the day before."
        )
    if have == _flags(days, window, k, strict=False):
        return f"A day exactly {k} standard deviations away is not unusual: only more than {k} is."
    if have == _flags(days, window, k, low=False):
        return "Days far below the mean are unusual too (a storm, a broken app): compare the distance either way."
    if have == _flags(days, window, k, min_periods=2):
        return (
            f"Some of the first days were flagged, although they have fewer than {window} days before them: "
            "judge a day only against a full window."
        )
    return None
