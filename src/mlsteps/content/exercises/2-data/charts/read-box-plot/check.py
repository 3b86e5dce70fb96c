import io

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

HOUSING = pd.read_csv(io.StringIO(dataset("housing.csv")))
BIKES = pd.read_csv(io.StringIO(dataset("bikes.csv")))


def cases(rng):
    yield case(pd.Series([2, 4, 4, 4, 6, 6, 6, 8, 9, 15, None]), label="the example")
    yield case(pd.Series([2.0, 4, 4, 4, 6, 6, 6, 8, 9]), label="9 sits exactly on the high fence")
    yield case(pd.Series([-20.0, 10, 11, 12, 13, 14, 15, 16]), label="an outlier below")
    yield case(pd.Series([5.0]), label="a single value")
    yield case(HOUSING["age_years"], label="ages in housing.csv, 15 missing")
    yield case(BIKES["rain_mm"], label="rain in bikes.csv: mostly dry days")
    for _ in range(4):
        values = [round(rng.gauss(50, 10), 1) for _ in range(rng.randint(8, 40))]
        values += [rng.choice([5.0, 110.0, 130.0]) for _ in range(rng.randint(0, 3))]
        values += [np.nan] * rng.randint(0, 2)
        rng.shuffle(values)
        yield case(pd.Series(values, name="value"), label="random values, some far out")


def diagnose(case, expected, got):
    (values,) = case.args
    if not isinstance(got, dict) or not isinstance(expected, dict):
        return None
    data = values.dropna()
    if values.isna().any() and any(got.get(key) is None or got.get(key) != got.get(key) for key in ("median", "q1")):
        return "Your numbers came out missing: leave the missing values out before computing anything."
    q1, q3 = expected["q1"], expected["q3"]
    fences = (q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1))
    ends = (got.get("low"), got.get("high"))
    if any(end is not None and abs(end - fence) < 1e-9 for end, fence in zip(ends, fences, strict=True)) and not any(
        abs(value - fence) < 1e-9 for value in data for fence in fences
    ):
        return (
            "A whisker ends at a fence, but no value lies there: a whisker stops at the most extreme value of the "
            "data that is still inside its fence."
        )
    if expected["outliers"] and ends == (float(data.min()), float(data.max())):
        return (
            "Your whiskers reach the smallest and largest values, but some of those are outliers, drawn as points "
            "beyond the whiskers: a whisker stops at the last value inside its fence."
        )
    on_fence = [value for value in data if any(abs(value - fence) < 1e-9 for fence in fences)]
    if on_fence and any(value in got.get("outliers", []) for value in on_fence):
        return "A value exactly on a fence is inside: the whisker reaches it, and it is not an outlier."
    return None
