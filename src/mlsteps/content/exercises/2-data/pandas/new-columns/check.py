import io

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

SALES = pd.read_csv(io.StringIO(dataset("sales.csv")))


def cases(rng):
    example = pd.DataFrame({"order_id": [1001, 1002, 1009], "units": [3, 5, 4], "unit_price": [3.22, 37.85, np.nan]})
    yield case(example, label="the example")
    yield case(example.iloc[[2]], label="a single order with no price")
    yield case(SALES.iloc[:0], label="no orders at all")
    yield case(SALES, label="the shop's 400 orders")
    for _ in range(4):
        rows = sorted(rng.sample(range(len(SALES)), rng.randint(5, 40)))
        yield case(SALES.iloc[rows], label="a random sample of orders")


def diagnose(case, expected, got):
    if not isinstance(got, pd.DataFrame) or "revenue" not in got.columns or len(got) != len(expected):
        return None
    (orders,) = case.args
    no_price = orders["unit_price"].isna().to_numpy()
    revenue = got["revenue"].to_numpy(dtype=float, na_value=np.nan)
    if no_price.any() and (revenue[no_price] == 0).all():
        return "Where the price is missing, the revenue is unknown, not zero: leave it missing (NaN)."
    return None
