import io

import pandas as pd

from mlsteps.engine.cases import case, dataset

BIKES = pd.read_csv(io.StringIO(dataset("bikes.csv")))[["date", "rentals"]]


def _days(dates, rentals):
    return pd.DataFrame({"date": dates, "rentals": rentals})


def cases(rng):
    yield case(_days(["2023-05-01", "2023-05-02", "2023-05-05"], [100, 130, 160]), label="the example")
    yield case(_days(["2024-02-27", "2024-03-02"], [100, 140]), label="a gap over a leap day")
    yield case(_days(["2023-01-01", "2023-01-02", "2023-01-03"], [5, 6, 7]), label="no gap at all")
    for _ in range(5):
        start = rng.randrange(len(BIKES) - 60)
        stretch = BIKES.iloc[start : start + rng.randint(15, 60)]
        inside = list(stretch.index[1:-1])
        gone = set()
        for _ in range(rng.randint(1, 4)):
            first = rng.choice(inside)
            gone.update(range(first, first + rng.randint(1, 4)))
        yield case(stretch.drop(index=[row for row in gone if row in inside]), label="a stretch of bikes.csv with gaps")


def diagnose(case, expected, got):
    (days,) = case.args
    if not isinstance(got, pd.Series):
        return None
    if len(got) == len(days) < len(expected):
        return (
            "Your series has only the days that were in the data: a missing day has no row at all, so first "
            "make one row per calendar day (asfreq), then fill."
        )
    copied = expected.where(expected.index.isin(pd.to_datetime(days["date"]))).ffill()
    if len(got) == len(expected) and (got.to_numpy(dtype=float) == copied.to_numpy(dtype=float)).all():
        return (
            "Each missing day copies the day before the gap; it should lie on the straight line between the days "
            "on both sides (interpolate)."
        )
    return None
