import io

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset


def _tidy(text):
    raw = pd.read_csv(io.StringIO(text)).drop_duplicates(subset="parcel_id", keep="last")
    parcels = raw.assign(
        sent=pd.to_datetime(raw["sent"]),
        delivered=pd.to_datetime(raw["delivered"]),
        depot=raw["depot"].str.strip().str.capitalize(),
    )
    parcels["hours"] = (parcels["delivered"] - parcels["sent"]).dt.total_seconds() / 3600
    return parcels.reset_index(drop=True)


PARCELS = _tidy(dataset("parcels.csv"))


def cases(rng):
    example = pd.DataFrame(
        {
            "depot": ["Leeds", "Leeds", "Leeds", "Cardiff", "Cardiff"],
            "service": ["express", "express", "standard", "standard", "standard"],
            "hours": [20.0, 30.0, None, 50.0, 41.5],
        }
    )
    yield case(example, label="the example")
    yield case(PARCELS, label="every parcel of parcels.csv")
    no_express = PARCELS[~((PARCELS["depot"] == "Cardiff") & (PARCELS["service"] == "express"))]
    yield case(no_express.reset_index(drop=True), label="Cardiff sent no express parcel")
    for _ in range(3):
        rows = sorted(rng.sample(range(len(PARCELS)), rng.randint(30, 150)))
        yield case(PARCELS.iloc[rows], label="a random sample of parcels")


def _grid(parcels, how="median", zero=False):
    hours = parcels["hours"].fillna(0) if zero else parcels["hours"]
    return hours.groupby([parcels["depot"], parcels["service"]]).agg(how).unstack().round(1)


def _same(got, want):
    if not isinstance(got, pd.DataFrame) or got.shape != want.shape:
        return False
    try:
        values = got.loc[want.index, want.columns].to_numpy(dtype=float)
    except (KeyError, TypeError, ValueError):
        return False
    return bool(np.allclose(values, want.to_numpy(dtype=float), atol=0.11, equal_nan=True))


def diagnose(case, expected, got):
    (parcels,) = case.args
    if not isinstance(got, pd.DataFrame):
        return None
    if set(got.index) == set(expected.columns) and set(got.columns) == set(expected.index):
        return "Your table is on its side: the depots should be the rows and the services the columns."
    if _same(got, _grid(parcels, how="mean")):
        return (
            "These are means: a few parcels that took days pull a mean up. The manager asked for the typical "
            "time, the median."
        )
    if _same(got, _grid(parcels, zero=True)):
        return (
            "Parcels not delivered were counted as 0 hours, which makes a depot look faster the more parcels it "
            "loses: leave them out."
        )
    if _same(got.replace(0, np.nan), expected) and (got == 0).any().any():
        return "A cell with no parcel to measure should be NaN, not 0: 0 hours would be an impossibly fast depot."
    return None
