import io

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

BIKES = pd.read_csv(io.StringIO(dataset("bikes.csv")))[["date", "rentals"]]
SEE = ("dpi",)  # the panels' scales are read from the description; this only asks the judge to call verify


def cases(rng):
    yield case(BIKES, observe=SEE, label="all of bikes.csv: three years")
    yield case(BIKES[BIKES["date"].between("2022-03-15", "2023-06-30")], observe=SEE, label="two partial years")
    start = rng.randrange(0, 300)
    yield case(BIKES.iloc[start : start + rng.randint(400, 700)], observe=SEE, label="a random stretch of bikes.csv")


def verify(case, got, observed):
    if not hasattr(got, "get") or len(got.get("axes", [])) < 2:
        return None
    limits = [panel["ylim"] for panel in got["axes"]]
    if any(not np.allclose(limit, limits[0]) for limit in limits):
        return (
            "Each panel has its own y scale, so equal heights mean different numbers and the years cannot be "
            "compared by eye: share one y scale between the panels (sharey)."
        )
    return None


def diagnose(case, expected, got):
    if hasattr(got, "get") and len(got.get("axes", [])) == 1 and len(expected["axes"]) > 1:
        return (
            "All the years are on one axes: the task asks for small multiples, one panel per year side by side "
            "(plt.subplots with one column per year)."
        )
    return None
