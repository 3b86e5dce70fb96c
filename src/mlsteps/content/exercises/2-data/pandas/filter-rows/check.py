import io

import pandas as pd

from mlsteps.engine.cases import case, dataset

SALES = pd.read_csv(io.StringIO(dataset("sales.csv")))
REGIONS = ["North", "South", "East", "West"]


def cases(rng):
    example = pd.DataFrame({"region": ["North", "South", "North", "North"], "units": [2, 6, 7, 5]})
    yield case(example, "North", 5, label="the example")
    yield case(example, "South", 10, label="no order is big enough")
    yield case(example, "West", 1, label="no order from that region")
    yield case(SALES, "East", 8, label="the shop's 400 orders")
    for _ in range(4):
        rows = sorted(rng.sample(range(len(SALES)), rng.randint(10, 60)))
        yield case(SALES.iloc[rows], rng.choice(REGIONS), rng.randint(2, 9), label="a random sample of orders")


def diagnose(case, expected, got):
    orders, region, min_units = case.args
    if not isinstance(got, pd.DataFrame) or len(got) == len(expected):
        return None
    either = orders[(orders["region"] == region) | (orders["units"] >= min_units)]
    if got.index.equals(either.index):
        return "You kept the orders that meet either condition: `|` means or. Use `&` so that both must hold."
    if len(got) == len(orders):
        return "You kept every order: the mask has to decide, row by row, which ones stay."
    return None
