import io
from dataclasses import replace

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

NAMES = ("sales.csv", "housing.csv", "weather.csv", "survey.csv")
DATASETS = {name: pd.read_csv(io.StringIO(dataset(name))) for name in NAMES}


# Rounded numbers are compared within the rounding's own tolerance ([compare] abs_tol is one unit of the last
# place): a mean that lands exactly on a tie (0.6125 to 3 decimals) may be rounded either way. What the tolerance
# lets through, verify() then holds to the rule: a number with no more decimals than asked, within half a unit of
# the exact value. Observing anything is what makes the judge call verify() on every case.
ROUNDING = ("__class__.__name__",)


def _rounding_problem(got, exact, places, what):
    """Why `got` is not `exact` rounded to `places` decimals (either way on an exact tie), or None."""
    if not isinstance(got, int | float) or isinstance(got, bool) or exact != exact:  # exact is NaN: nothing to hold
        return None
    unit = 10.0**-places
    if abs(got / unit - round(got / unit)) > 1e-6:
        return f"{what} {got!r} is not rounded to {places} decimals"
    if abs(got - exact) > unit / 2 + 1e-9:
        return f"{what} {got!r} is not {exact:.6g} rounded to {places} decimals, which gives {round(exact, places)!r}"
    return None


def cases(rng):
    for one in _cases(rng):
        yield replace(one, observe=ROUNDING)


def _cases(rng):
    members = pd.DataFrame(
        {
            "name": ["Ada", "Bo", None, "Di"],
            "age": [31, np.nan, 45, 28],
            "score": [7.5, 8.0, np.nan, np.nan],
            "member": [True, False, True, True],
        }
    )
    yield case(members, label="the example")
    yield case(pd.DataFrame({"city": ["Oslo", "Lima"], "rain_mm": [0.0, 2.5]}), label="nothing missing")
    yield case(pd.DataFrame({"a": [1.0, np.nan], "b": [np.nan, 2.0], "c": ["x", None]}), label="a three-way tie")
    yield case(pd.DataFrame({"tool": ["R", None, "SQL"], "goal": ["job", "fun", None]}), label="no numeric column")
    yield case(pd.DataFrame({"id": [1, 2], "price": [np.nan, np.nan]}), label="a numeric column with no values")
    for name, frame in DATASETS.items():
        yield case(frame, label=f"the whole of {name}")
    for _ in range(3):
        frame = DATASETS[rng.choice(sorted(DATASETS))]
        rows = sorted(rng.sample(range(len(frame)), rng.randint(5, 60)))
        columns = sorted(rng.sample(range(frame.shape[1]), rng.randint(2, frame.shape[1])))
        yield case(frame.iloc[rows, columns], label="random rows and columns of a dataset")


def diagnose(case, expected, got):
    (df,) = case.args
    if not isinstance(got, dict):
        return None
    most = got.get("most_missing")
    if isinstance(most, int | float) and not isinstance(most, bool) and expected["most_missing"] is not None:
        return (
            "most_missing should be a column's name, not how many values it misses: "
            ".idxmax() gives the label of the largest value, .max() the value itself."
        )
    if expected["most_missing"] is None and most == df.columns[0]:
        return (
            "Nothing is missing in this table, so most_missing should be None: "
            "idxmax() still names a column when every count is 0, so check the largest count first."
        )
    means = got.get("means")
    if isinstance(means, dict):
        true_false = [column for column in df.columns if df[column].dtype == bool]
        if any(column in means for column in true_false):
            return (
                "True/False columns are not numeric here: keep only whole numbers and decimals, "
                "(look up select_dtypes)."
            )
    return None


def verify(case, got, observed):
    (df,) = case.args
    exact = df.select_dtypes("number").mean()
    for column, value in got.get("means", {}).items():
        if column in exact.index and (
            problem := _rounding_problem(value, float(exact[column]), 2, f"the mean of {column}")
        ):
            return problem
    return None
