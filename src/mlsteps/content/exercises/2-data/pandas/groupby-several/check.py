import io

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

SALES = pd.read_csv(io.StringIO(dataset("sales.csv")))
NO_PRICE = list(SALES.index[SALES["unit_price"].isna()])


def cases(rng):
    example = pd.DataFrame(
        {
            "order_id": [1001, 1002, 1003, 1004, 1005],
            "product": ["pen", "lamp", "pen", "pen", "lamp"],
            "units": [3, 1, 5, 4, 2],
            "unit_price": [1.2, 23.5, 1.25, np.nan, 22.9],
        }
    )
    yield case(example, label="the example")
    yield case(example.iloc[[3]], label="one order, with no price")
    yield case(SALES, label="the shop's 400 orders")
    for _ in range(4):
        rows = rng.sample(range(len(SALES)), rng.randint(8, 50)) + rng.sample(NO_PRICE, 2)
        yield case(SALES.iloc[sorted(set(rows))], label="a random sample of orders, some with no price")


def diagnose(case, expected, got):
    (orders,) = case.args
    if not isinstance(got, pd.DataFrame):
        return None
    if "product" in got.columns and "product" not in expected.columns:
        return (
            "product should be the row labels (the index), not a column: "
            "leave out as_index=False (and don't call reset_index)."
        )
    if set(got.columns) != set(expected.columns) or set(got.index) != set(expected.index):
        return None
    got = got.reindex(expected.index)
    prices = orders.groupby("product")["unit_price"].count().reindex(expected.index)
    if not np.array_equal(got["orders"].to_numpy(), expected["orders"].to_numpy()):
        if np.array_equal(got["orders"].to_numpy(), prices.to_numpy()):
            return (
                "Your orders column leaves out the orders with no price: count skips missing values. "
                "Count a column that is never missing, or count the rows themselves."
            )
        return None
    got_means = got["mean_units"].to_numpy(dtype=float)
    means = orders.groupby("product")["units"].mean().reindex(expected.index).to_numpy()
    if not np.allclose(got_means, expected["mean_units"].to_numpy(dtype=float)) and np.allclose(got_means, means):
        return "Round mean_units to 2 decimals."
    return None
