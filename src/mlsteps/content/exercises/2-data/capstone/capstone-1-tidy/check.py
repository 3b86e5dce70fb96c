import io

import pandas as pd

from mlsteps.engine.cases import case, dataset

TEXT = dataset("parcels.csv")
RAW = pd.read_csv(io.StringIO(TEXT))
REPEATED = list(RAW.index[RAW["parcel_id"].duplicated(keep=False)])


def _chunk(start, stop):
    lines = TEXT.splitlines()
    return "\n".join([lines[0], *lines[1 + start : 1 + stop]]) + "\n"


def cases(rng):
    yield case("parcels.csv", files={"parcels.csv": TEXT}, label="the whole parcels.csv")
    first = REPEATED[0]
    yield case("parcels.csv", files={"parcels.csv": _chunk(first - 3, first + 6)}, label="a few rows, one parcel twice")
    row = next(row for row in REPEATED if pd.isna(RAW.loc[row, "delivered"]) and row + 1 in REPEATED)
    yield case(
        "parcels.csv",
        files={"parcels.csv": _chunk(row - 2, row + 4)},
        label="a parcel whose later row adds its delivery time",
    )
    for _ in range(3):
        start = rng.choice(REPEATED) - rng.randint(5, 40)
        yield case(
            "parcels.csv",
            files={"parcels.csv": _chunk(max(start, 0), max(start, 0) + rng.randint(40, 120))},
            label="a random stretch of parcels.csv",
        )


def diagnose(case, expected, got):
    if not isinstance(got, pd.DataFrame) or "depot" not in got.columns:
        return None
    wanted = set(expected["depot"])
    if set(map(str, got["depot"].dropna())) - wanted:
        return (
            "Some depot names are still spelled in several ways: tidy them to one spelling each (spaces removed "
            "at both ends, then a capital first letter)."
        )
    if "parcel_id" in got.columns and got["parcel_id"].duplicated().any():
        return "Some parcels still have several rows: keep one row per parcel_id."
    if len(got) < len(expected):
        return (
            "Some parcels are gone: a parcel that has not been delivered yet stays in the table, with no delivery "
            "time. Dropping it would hide exactly the parcels the manager worries about."
        )
    same_rows = len(got) == len(expected) and "delivered" in got.columns
    if same_rows and got["delivered"].isna().sum() > expected["delivered"].isna().sum():
        return (
            "Some parcels lost their delivery time: the export appends a parcel's newest row after the older "
            "ones, so keep each parcel's last row, not its first."
        )
    if "hours" in got.columns and len(got) == len(expected):
        have, want = got["hours"].to_numpy(dtype=float), expected["hours"].to_numpy(dtype=float)
        short = want - have
        if (abs(short[~pd.isna(want)] % 24) < 1e-6).all() and (short[~pd.isna(want)] > 1).any():
            return (
                "Your hours leave out the whole days: a timedelta's .dt.seconds is only the part after the days. "
                "Count whole days too (total_seconds)."
            )
    if list(got.index) != list(range(len(got))):
        return "The index should run 0, 1, 2, ... after the repeated rows are dropped."
    return None
