import io

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

HOUSING = pd.read_csv(io.StringIO(dataset("housing.csv")))
WEATHER = pd.read_csv(io.StringIO(dataset("weather.csv")))


def cases(rng):
    yield case(pd.Series([0, 1, 1, 2, 3, 4]), 4, label="the example: values on the edges, a tie")
    yield case(pd.Series([0, 5, 9, 10, 10]), 2, label="the largest value decides the tallest bar")
    yield case(pd.Series([0, 1, 2, 2, 2, 3]), 3, label="three values exactly on an edge")
    yield case(pd.Series([1.5, 2.5]), 1, label="one single bar")
    yield case(HOUSING["area_m2"], 12, label="areas of housing.csv")
    yield case(WEATHER["temp_c"].dropna().reset_index(drop=True), 20, label="temperatures of weather.csv")
    for _ in range(4):
        values = [rng.randint(0, 12) for _ in range(rng.randint(10, 40))]
        yield case(pd.Series(values, dtype=float), rng.choice([3, 4, 6, 12]), label="random whole numbers")


def diagnose(case, expected, got):
    values, bins = case.args
    if not isinstance(got, dict):
        return None
    counts, edges = np.histogram(values, bins=bins)
    if abs((got.get("start") or 0) - edges[0]) > 1e-9 and abs((got.get("start") or 0) - edges[0]) < 0.01 * (
        edges[-1] - edges[0]
    ):
        return (
            "Your first bar starts a little below the smallest value, and values on an edge went to the bar on "
            "their left: that is pandas' cut. plt.hist starts at the smallest value and puts a value on an edge "
            "in the bar on its right."
        )
    dropped = counts.copy()
    dropped[-1] -= int((values == edges[-1]).sum())
    if got.get("count") == int(dropped.max()) and dropped.max() != counts.max():
        return "The largest value was not counted: the last bar includes its right edge, the largest value."
    tied = np.flatnonzero(counts == counts.max())
    if len(tied) > 1 and got.get("start") is not None and abs(got["start"] - edges[tied[-1]]) < 1e-9:
        return "Several bars are equally tall; the task asks for the leftmost of them, not the last."
    return None
