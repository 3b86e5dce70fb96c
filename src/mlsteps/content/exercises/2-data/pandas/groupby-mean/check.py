import io

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

SALES = pd.read_csv(io.StringIO(dataset("sales.csv")))


def cases(rng):
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
