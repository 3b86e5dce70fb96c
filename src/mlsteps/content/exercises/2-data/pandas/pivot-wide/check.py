import io

import pandas as pd

from mlsteps.engine.cases import case, dataset

WEATHER = pd.read_csv(io.StringIO(dataset("weather.csv")))


def readings(rows):
    return pd.DataFrame(rows, columns=["date", "city", "temp_c", "rain_mm", "wind_kmh"])


def cases(rng):
    example = readings(
        [
            ("2023-01-01", "Oslo", -1.6, 0.0, 2.8),
            ("2023-01-02", "Oslo", -4.6, 0.0, 22.5),
            ("2023-01-01", "Madrid", 7.8, 0.0, 4.2),
            ("2023-01-02", "Madrid", 5.0, 0.0, 2.8),
        ]
    )
    yield case(example, label="the example")
    yield case(readings([("2023-07-14", "Madrid", 31.2, 0.0, 9.5)]), label="a single reading")
    yield case(example.iloc[[0, 2, 3]].reset_index(drop=True), label="a day with one city missing")
    yield case(WEATHER, label="a year of Oslo and Madrid (weather.csv)")
    dates = sorted(set(WEATHER["date"]))
    for _ in range(4):
        chosen = set(rng.sample(dates, rng.randint(3, 15)))
        rows = [row for row in range(len(WEATHER)) if WEATHER.at[row, "date"] in chosen and rng.random() < 0.85]
        rng.shuffle(rows)
        yield case(WEATHER.iloc[rows].reset_index(drop=True), label="random days, in no order, a few readings missing")


def diagnose(case, expected, got):
    if not isinstance(got, pd.DataFrame):
        return None
    if isinstance(got.columns, pd.MultiIndex):
        return (
            "Your columns have two levels, such as ('temp_c', 'Oslo'): without values=, pivot spreads out every "
            "other column. Say which one fills the cells."
        )
    if "date" in got.columns:
        return "Keep the dates as the index (the row labels), not as a column: leave out the .reset_index()."
    if set(got.index) == set(expected.columns) and len(got.columns) == len(expected):
        return (
            "Your table is on its side: the dates should be the rows and the cities the columns."
        )
    return None
