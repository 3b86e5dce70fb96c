import io

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import train_test_split
from threadpoolctl import threadpool_limits

from mlsteps.engine.cases import case, dataset

BIKES = pd.read_csv(io.StringIO(dataset("bikes.csv")))


def make_features(table):
    dates = pd.to_datetime(table["date"])
    angle = 2 * np.pi * dates.dt.day_of_year / 365.25
    return pd.DataFrame(
        {
            "day_number": (dates - pd.Timestamp("2022-01-01")).dt.days,
            "temp_c": table["temp_c"],
            "rain_mm": table["rain_mm"],
            "weekend": (dates.dt.day_of_week >= 5).astype(int),
            "season_sin": np.sin(angle),
            "season_cos": np.cos(angle),
        },
        index=table.index,
    )


def shuffled(start, count, seed):
    return BIKES.iloc[start : start + count].sample(frac=1, random_state=seed).reset_index(drop=True)


def cases(rng):
    yield case(shuffled(0, len(BIKES), 0), label="the example: all of bikes.csv, shuffled")
    for number in range(2):
        start = rng.randint(0, 150)
        count = rng.randint(850, len(BIKES) - start)
        yield case(
            shuffled(start, count, rng.randint(0, 1000)), label=f"{count} days of bikes.csv, shuffled ({number + 1})"
        )


def _mae(past, future):
    with threadpool_limits(1):  # small problems: one thread is faster than many
        model = RandomForestRegressor(n_estimators=30, max_depth=10, random_state=0)
        model.fit(make_features(past), past["rentals"])
    return round(float((model.predict(make_features(future)) - future["rentals"]).abs().mean()), 1)


def diagnose(case, expected, got):
    if not isinstance(got, int | float) or isinstance(got, bool) or got == expected:
        return None
    days = case.args[0]
    cut = int(len(days) * 0.8)
    if got == _mae(days, days):
        return (
            "This is the error on the days the model was trained on: it measures memory. Train on the earliest "
            "80% of the days and measure on the rest."
        )
    if got == _mae(days.iloc[:cut], days.iloc[cut:]):
        return (
            "These days were split in the order they came, which is no order at all: put the rows in date order "
            "first, so the test days are the latest ones."
        )
    past, future = train_test_split(days.sort_values("date"), test_size=0.2, random_state=0)
    if got == _mae(past, future):
        return (
            "The test days were shuffled in among the training days, so the model filled gaps between days it "
            "had seen: too good to be true. Test on the latest 20% of the days, with no shuffling."
        )
    return None
