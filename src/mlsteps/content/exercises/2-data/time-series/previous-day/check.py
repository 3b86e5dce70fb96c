import io

import pandas as pd

from mlsteps.engine.cases import case, dataset

BIKES = pd.read_csv(io.StringIO(dataset("bikes.csv")))[["date", "rentals"]]


def _days(dates, rentals):
    return pd.DataFrame({"date": dates, "rentals": rentals})


def cases(rng):
    yield case(
        _days(["2023-05-03", "2023-05-01", "2023-05-02", "2023-05-05"], [130, 100, 120, 90]), label="the example"
    )
    yield case(_days(["2024-02-28", "2024-02-29", "2024-03-01"], [50, 70, 40]), label="a leap day, no gaps")
    yield case(_days(["2023-01-01", "2023-01-03", "2023-01-05"], [10, 20, 30]), label="every other day")
    yield case(BIKES.iloc[:60], label="the first 60 days of bikes.csv, in order")
    for _ in range(4):
        start = rng.randrange(len(BIKES) - 40)
        rows = sorted(rng.sample(range(start, start + 40), rng.randint(20, 35)))
        sample = BIKES.iloc[rows].sample(frac=1, random_state=rng.randrange(10_000))
        yield case(sample, label="random days of bikes.csv, some missing, shuffled")


def _rentals(days):
    return days.set_index(pd.to_datetime(days["date"]))["rentals"].sort_index()


def _same(got, want):
    if not isinstance(got, pd.Series) or len(got) != len(want):
        return False
    return list(got.index) == list(want.index) and got.fillna(-1e18).tolist() == want.fillna(-1e18).tolist()


def diagnose(case, expected, got):
    (days,) = case.args
    if not isinstance(got, pd.Series):
        return None
    rentals = _rentals(days)
    if _same(got, rentals.diff()):
        return (
            "Your change compares each day with the previous row, which is not always the day before: where "
            "a day is missing, the change should be NaN. Shift by one calendar day (freq=\"D\") instead."
        )
    forward = rentals.shift(-1, freq="D").reindex(rentals.index)
    if _same(got, rentals - forward) or _same(got, forward - rentals):
        return "Your change looks at the next day; it should be today minus the day before (shift forward, by +1)."
    if isinstance(got.index, pd.DatetimeIndex) and not got.index.is_monotonic_increasing:
        return "The days should come in date order: sort by date (sort_index) before you return."
    return None
