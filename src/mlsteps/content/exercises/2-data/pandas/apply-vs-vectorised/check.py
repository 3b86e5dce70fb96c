import io

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

SALES = pd.read_csv(io.StringIO(dataset("sales.csv")))


def orders_table(units, prices):
    return pd.DataFrame({"units": units, "unit_price": prices})


def cases(rng):
    yield case(orders_table([2, 10, 12], [1.5, 2.0, 0.5]), label="the example")
    yield case(orders_table([25], [3.4]), label="one big order")
    yield case(orders_table([3, 11], [np.nan, 1.2]), label="a missing price")
    yield case(SALES, label="the shop's 400 orders (12 without a price)")
    for _ in range(3):
        count = rng.randint(5, 40)
        units = [rng.randint(1, 20) for _ in range(count)]
        yield case(orders_table(units, [round(rng.uniform(1, 45), 2) for _ in units]), label="random orders")
    generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
    size = 50_000
    big = orders_table(generator.integers(1, 20, size), generator.uniform(1, 45, size).round(2))
    yield case(big, label="50,000 orders, timed against apply", timed=True)


def diagnose(case, expected, got):
    (orders,) = case.args
    if not isinstance(got, pd.Series) or len(got) != len(orders):
        return None
    strict = orders["units"] * orders["unit_price"] * np.where(orders["units"] > 10, 0.9, 1.0)
    if (orders["units"] == 10).any() and np.allclose(got.to_numpy(dtype=float), strict, equal_nan=True):
        return "An order of exactly 10 units gets the discount too: your condition leaves 10 out."
    return None
