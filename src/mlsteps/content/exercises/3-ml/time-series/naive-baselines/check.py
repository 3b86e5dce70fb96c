import io

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

RENTALS = pd.read_csv(io.StringIO(dataset("bikes.csv")))["rentals"].tolist()


def _mae(test, forecast):
    return round(float(np.abs(np.asarray(test, dtype=float) - np.asarray(forecast, dtype=float)).mean()), 1)


def cases(rng):
    yield case([10, 20, 30, 40, 50, 60, 70, 12, 22, 32], 3, label="the example")
    yield case(RENTALS[:70], 14, label="ten weeks of rentals, the last two forecast")
    yield case(RENTALS[200:263], 28, label="nine weeks, the last four forecast")
    for number in range(3):
        start = rng.randint(0, len(RENTALS) - 120)
        yield case(
            RENTALS[start : start + rng.randint(40, 110)],
            rng.choice([7, 10, 21]),
            label=f"days of bikes.csv ({number + 1})",
        )


def diagnose(case, expected, got):
    if not isinstance(got, dict) or set(got) != {"naive", "seasonal_naive"} or got == expected:
        return None
    rentals, horizon = case.args
    values = np.asarray(rentals, dtype=float)
    known, test = values[:-horizon], values[-horizon:]
    if got.get("naive") != expected["naive"] and got.get("naive") == _mae(test, np.full(horizon, known.mean())):
        return (
            "Your naive forecast is the mean of the known days. The naive forecast repeats the last known value: "
            "the simplest guess, 'like yesterday'."
        )
    if got.get("seasonal_naive") == _mae(test, values[len(values) - horizon - 7 : len(values) - 7]):
        return (
            "Your seasonal-naive forecast reads real values from the test days: beyond the first week, 'a week "
            "earlier' is itself a test day, unknown when the forecast is made. Repeat the last known week instead."
        )
    if got.get("seasonal_naive") == _mae(test, known[-8:-1][np.arange(horizon) % 7]):
        return (
            "Your weekly forecast is one day out: test day 0 must get the value of the same weekday a week "
            "earlier, which is 7 days before it: the first of the last 7 known days."
        )
    return None
