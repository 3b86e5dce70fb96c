import io
from dataclasses import replace

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

SALES = pd.read_csv(io.StringIO(dataset("sales.csv")))


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
    yield case(pd.DataFrame({"region": ["North", "South", "North"], "units": [2, 5, 4]}), label="the example")
    yield case(pd.DataFrame({"region": ["East"], "units": [7]}), label="a single order")
    yield case(SALES, label="the shop's 400 orders")
    for _ in range(4):
        rows = rng.sample(range(len(SALES)), rng.randint(5, 40))
        yield case(SALES.iloc[sorted(rows)].reset_index(drop=True), label="a random sample of orders")


def diagnose(case, expected, got):
    (orders,) = case.args
    totals = orders.groupby("region")["units"].sum()
    if isinstance(got, pd.Series) and got.index.equals(totals.index) and (got.astype(float) == totals).all():
        return "These are totals, not averages: each region needs the mean of its orders."
    means = orders.groupby("region")["units"].mean()
    if (
        isinstance(got, pd.Series)
        and got.index.equals(means.index)
        and np.allclose(got.astype(float), means)
        and not np.allclose(means, expected)
    ):
        return "The means are right but not rounded: round each to 2 decimals."
    return None


def verify(case, got, observed):
    (orders,) = case.args
    exact = orders.groupby("region")["units"].mean()
    for region, value in got.items():
        if region in exact.index and (
            problem := _rounding_problem(float(value), float(exact[region]), 2, f"{region}:")
        ):
            return problem
    return None
