import io

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

WEATHER = pd.read_csv(io.StringIO(dataset("weather.csv")))


def cases(rng):
    cities = ["Oslo", "Oslo", "Oslo", "Madrid", "Madrid", "Madrid"]
    example = pd.DataFrame({"city": cities, "temp_c": [-2.0, np.nan, 1.0, 10.0, 14.0, np.nan]})
    yield case(example, label="the example")
    yield case(example.dropna(), label="no gaps to fill")
    no_readings = pd.DataFrame({"city": ["Bergen", "Oslo", "Bergen", "Oslo"], "temp_c": [np.nan, 3.5, np.nan, np.nan]})
    yield case(no_readings, label="a city with no known temperature")
    yield case(WEATHER, label="a whole year in Oslo and Madrid")
    for _ in range(4):
        rows = sorted(rng.sample(range(len(WEATHER)), rng.randint(20, 90)))
        sample = WEATHER.iloc[rows].copy()
        gaps = rng.sample(list(sample.index), rng.randint(1, 6))
        sample.loc[gaps, "temp_c"] = np.nan
        yield case(sample, label="random days, with a few more gaps")


def _same_column(got, values):
    column = got["temp_c"].to_numpy(dtype=float, na_value=np.nan)
    return np.allclose(column, values.to_numpy(dtype=float), equal_nan=True)


def diagnose(case, expected, got):
    (weather,) = case.args
    if not isinstance(got, pd.DataFrame) or "temp_c" not in got.columns:
        return None
    if len(got) < len(weather) and len(got) == weather["temp_c"].notna().sum():
        return "You dropped the days with a gap: keep every row, and fill its missing temperature instead."
    if len(got) != len(weather) or not weather["temp_c"].isna().any():
        return None
    if _same_column(got, weather["temp_c"]):
        return (
            "Nothing was filled: the gaps are still there. If you wrote `df[\"temp_c\"].fillna(..., inplace=True)`, "
            "know that in pandas 3 it fills a copy of the column, not df: store the filled column instead."
        )
    if _same_column(got, weather["temp_c"].fillna(weather["temp_c"].mean())):
        return (
            "You filled every gap with the mean of all the cities together. Use the mean of the row's own city: "
            "a group-by can give it on every row (look up transform)."
        )
    return None
