import io

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

BIKES = pd.read_csv(io.StringIO(dataset("bikes.csv")))[["date", "rentals"]]


def days(start, count):
    return BIKES.iloc[start : start + count].reset_index(drop=True)


def cases(rng):
    yield case(days(0, 12), label="the example: the first twelve days")
    yield case(days(300, 7), label="exactly seven days: none has a full week before it")
    for number in range(3):
        yield case(
            days(rng.randint(0, len(BIKES) - 40), rng.randint(10, 30)), label=f"days of bikes.csv ({number + 1})"
        )


def diagnose(case, expected, got):
    if not isinstance(got, pd.Series) or len(got) != len(expected):
        return None
    rentals = case.args[0]["rentals"]
    got_values = got.to_numpy(dtype=float)
    with_today = rentals.rolling(7).mean().round(1).to_numpy()
    if np.allclose(got_values, with_today, equal_nan=True, atol=0.05):
        return (
            "Your mean includes the day itself: row 6 already has a value, the mean of rows 0 to 6. When you "
            "forecast a day, its own value is not known yet; shift before rolling so the window ends the day "
            "before."
        )
    partial = rentals.shift(1).rolling(7, min_periods=1).mean().round(1).to_numpy()
    if np.allclose(got_values, partial, equal_nan=True, atol=0.05):
        return (
            "The first days got a mean of fewer than 7 days, which is not a week's mean. A day with fewer than 7 "
            "earlier days gets NaN."
        )
    return None
