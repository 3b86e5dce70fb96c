import io

import pandas as pd

from mlsteps.engine.cases import case, dataset

SALES = pd.read_csv(io.StringIO(dataset("sales.csv"))).rename(columns={"unit_price": "unit price"})
SALES = SALES[["order_id", "date", "region", "product", "units", "unit price"]]
REGIONS = ["North", "South", "East", "West"]


def cases(rng):
    example = pd.DataFrame(
        {
            "order_id": [1, 2, 3, 4],
            "region": ["North", "South", "North", "East"],
            "unit price": [5.0, 12.5, 20.0, 8.0],
        }
    )
    yield case(example, 5.0, 12.5, ["North", "South"], label="the example: prices on both ends")
    yield case(example, 8.0, 8.0, ["East", "West"], label="a range of one price")
    yield case(example, 0.0, 100.0, [], label="an empty list of regions")
    yield case(example, 6.0, 30.0, ["East"], label="a row in the range but in another region")
    no_price = pd.DataFrame(
        {
            "order_id": [1, 2, 3, 4, 5],
            "region": ["North", "South", "North", "East", "South"],
            "unit price": [5.0, None, 20.0, 8.0, 12.0],
        }
    )
    yield case(no_price, 0.0, 100.0, ["North", "South"], label="a row with no price, in a region on the list")
    for _ in range(4):
        rows = sorted(rng.sample(range(len(SALES)), rng.randint(12, 40)))
        sample = SALES.iloc[rows]
        prices = sorted(sample["unit price"].dropna())
        low, high = sorted(rng.sample(prices, 2))
        regions = rng.sample(REGIONS, rng.randint(1, 3))
        yield case(sample, low, high, regions, label="random orders from sales.csv, their own index")


def diagnose(case, expected, got):
    orders, low, high, regions = case.args
    if not isinstance(got, pd.DataFrame) or "order_id" not in got.columns:
        return None
    have, want = list(got["order_id"]), list(expected["order_id"])
    if have == want:
        if list(got.index) != list(expected.index):
            return "The rows are right, but they should keep their index: the row labels they had in orders."
        return None
    price, region = orders["unit price"], orders["region"]
    if set(orders.loc[price.isna(), "order_id"]) & set(have):
        return (
            "Your answer keeps a row with no price: a missing price is never in the range. Every comparison "
            "with a missing value is False, so a test that only rules out the prices below low or above high "
            "lets such a row through."
        )
    if not regions and have:
        return "An empty list of regions should select no rows: no region is in an empty list."
    inside = (price > low) & (price < high) & region.isin(regions)
    if have == list(orders.loc[inside, "order_id"]):
        return "Prices equal to low or high are left out: the range includes both ends."
    either = price.between(low, high) | region.isin(regions)
    if have == list(orders.loc[either, "order_id"]):
        return "Some rows meet only one of the two conditions: a row must meet both (and, not or)."
    return None
