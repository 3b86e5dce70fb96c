import io

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

SALES = pd.read_csv(io.StringIO(dataset("sales.csv"))).dropna(subset=["unit_price"]).reset_index(drop=True)


def cases(rng):
    example = pd.DataFrame(
        {
            "region": ["North", "North", "South", "North"],
            "product": ["pen", "lamp", "pen", "pen"],
            "units": [10, 1, 4, 2],
            "unit_price": [1.2, 24.0, 1.25, 1.1],
        }
    )
    yield case(example, label="the example")
    yield case(example.iloc[[0]].reset_index(drop=True), label="a single order")
    yield case(example.iloc[[0, 2, 3]].reset_index(drop=True), label="one product, every region sold it")
    yield case(SALES, label="the shop's orders (those with a price)")
    for _ in range(4):
        rows = rng.sample(range(len(SALES)), rng.randint(5, 20))
        yield case(SALES.iloc[rows].reset_index(drop=True), label="a random sample of orders")


def _same(got, frame):
    """Does `got` hold the same table as `frame`, in any row and column order?"""
    if not isinstance(got, pd.DataFrame) or set(got.index) != set(frame.index):
        return False
    if set(got.columns) != set(frame.columns):
        return False
    got = got.loc[list(frame.index), list(frame.columns)]
    return bool(np.allclose(got.to_numpy(dtype=float), frame.to_numpy(dtype=float), equal_nan=True))


def diagnose(case, expected, got):
    (orders,) = case.args
    revenue = orders.assign(revenue=orders["units"] * orders["unit_price"])
    table = {"index": "region", "columns": "product", "values": "revenue"}
    if _same(got, revenue.pivot_table(**table, aggfunc="sum")) and not _same(got, expected):
        return (
            "Some cells are NaN: a region that sold none of a product has nothing to add up. "
            "The prompt asks for 0 in those cells: pivot_table can fill empty cells with a value you give."
        )
    if _same(got, revenue.pivot_table(**table, fill_value=0)) or _same(got, revenue.pivot_table(**table)):
        return "These look like averages per order: pivot_table takes the mean unless told how to summarise."
    if _same(got, expected.T):
        return (
            "Your table is on its side: the regions should be the rows and the products the columns."
        )
    return None
