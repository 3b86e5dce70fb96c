import io

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

WEATHER = pd.read_csv(io.StringIO(dataset("weather.csv")))


def readings(rows):
    return pd.DataFrame(rows, columns=["date", "city", "temp_c", "rain_mm", "wind_kmh"])


def cases(rng):
    example = readings(
        [
            ("2023-01-30", "Oslo", -2.0, 1.5, 10.0),
            ("2023-01-31", "Oslo", -4.0, 0.5, 12.0),
            ("2023-03-02", "Oslo", 1.0, 3.0, 8.0),
            ("2023-01-31", "Madrid", 9.0, 0.0, 4.0),
        ]
    )
    yield case(example, "Oslo", label="the example")
    yield case(example, "Madrid", label="a city with a single day")
    yield case(
        readings([("2023-05-01", "Oslo", np.nan, 2.0, 9.0), ("2023-05-02", "Oslo", 11.0, 0.0, 7.0)]),
        "Oslo",
        label="a day whose temperature is missing",
    )
    yield case(WEATHER, "Oslo", label="Oslo, all of 2023 (weather.csv)")
    yield case(WEATHER, "Madrid", label="Madrid, all of 2023 (weather.csv)")
    for _ in range(4):
        rows = sorted(rng.sample(range(len(WEATHER)), rng.randint(8, 40)))
        sample = WEATHER.iloc[rows].reset_index(drop=True)
        city = rng.choice(sorted(set(sample["city"])))
        yield case(sample, city, label="random days of the year, some months empty")


def _monthly(weather, city, rule="MS", how=None):
    days = weather if city is None else weather[weather["city"] == city]
    days = days.assign(date=pd.to_datetime(days["date"])).set_index("date")
    return days.resample(rule).agg(how or {"temp_c": "mean", "rain_mm": "sum"}).reset_index()


def _same(got, frame):
    """Does `got` hold the same months and numbers as `frame`?"""
    columns = ["date", "temp_c", "rain_mm"]
    if not isinstance(got, pd.DataFrame) or not set(columns) <= set(got.columns) or len(got) != len(frame):
        return False
    if list(pd.to_datetime(got["date"])) != list(frame["date"]):
        return False
    numbers = ["temp_c", "rain_mm"]
    return bool(np.allclose(got[numbers].to_numpy(dtype=float), frame[numbers].to_numpy(dtype=float), equal_nan=True))


def diagnose(case, expected, got):
    weather, city = case.args
    if not isinstance(got, pd.DataFrame) or len(got) == 0:
        return None
    if "date" not in got.columns and isinstance(got.index, pd.DatetimeIndex):
        return (
            "Your months are in the index; the task wants them in a column named date: "
            "turn the index back into a column."
        )
    dates = got["date"] if "date" in got.columns else None
    if dates is not None and pd.api.types.is_datetime64_any_dtype(dates) and dates.dt.is_month_end.all():
        return (
            "Your months are dated by their last day: \"ME\" means month end. Another rule dates "
            "each month by its first day, such as 2023-01-01."
        )
    if _same(got, _monthly(weather, city, how={"temp_c": "mean", "rain_mm": "mean"})):
        return (
            "Your rain_mm is the average rain of a day; a month's rain is the total of its days: "
            "summarise each column in its own way."
        )
    if weather["city"].nunique() > 1 and _same(got, _monthly(weather, None)):
        return "These numbers mix both cities: keep only the rows of the city you were given before resampling."
    return None
