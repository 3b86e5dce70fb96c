import io

import pandas as pd

from mlsteps.engine.cases import case, dataset

SALES = pd.read_csv(io.StringIO(dataset("sales.csv")))
REGIONS = ["North", "South", "East", "West"]


def _orders(rows):
    return pd.DataFrame(rows, columns=["region", "product", "units", "unit_price"])


def cases(rng):
    example = _orders(
        [
            ("North", "pen", 10, 2.0),
            ("North", "lamp", 1, 40.0),
            ("North", "mug", 3, 10.0),
            ("South", "lamp", 5, 40.0),
            ("North", "pen", 5, None),
        ]
    )
    yield case(example, "North", 20, label="the example")
    on_threshold = _orders([("East", "pen", 1, 25.0), ("East", "lamp", 3, 25.0), ("West", "pen", 9, 9.0)])
    yield case(on_threshold, "East", 25, label="a share exactly on the threshold")
    ties = _orders([("West", "pen", 3, 10.0), ("West", "mug", 1, 30.0), ("West", "lamp", 4, 10.0)])
    yield case(ties, "West", 0, label="two products with equal shares")
    yield case(SALES, "North", 10, label="sales.csv, North")
    for _ in range(4):
        rows = sorted(rng.sample(range(len(SALES)), rng.randint(30, 120)))
        yield case(SALES.iloc[rows], rng.choice(REGIONS), rng.choice([0, 5, 10, 15, 20]), label="random orders")


def _shares(orders, region, whole_shop=False):
    revenue = orders.assign(revenue=orders["units"] * orders["unit_price"])
    total = revenue["revenue"].sum()
    mine = revenue[revenue["region"] == region].groupby("product")["revenue"].sum()
    return 100 * mine / (total if whole_shop else mine.sum())


def diagnose(case, expected, got):
    orders, region, threshold = case.args
    if not isinstance(got, pd.Series) or len(got) == 0:
        return None
    shares = _shares(orders, region)
    whole = _shares(orders, region, whole_shop=True)
    product = got.index[0]
    of_shop = product in whole.index and abs(got.iloc[0] - whole[product]) < 1e-6
    if of_shop and abs(whole[product] - shares[product]) > 1e-6:
        return (
            "These shares are of the whole shop's revenue: keep the region's orders first, then divide by the "
            "region's own total."
        )
    if set(got.index) < set(expected.index) and (shares[list(set(expected.index) - set(got.index))] == threshold).any():
        return "A product whose share is exactly equal to the threshold should be kept (at least means >=)."
    if list(got.index) != list(expected.index) and sorted(got.index) == sorted(expected.index):
        return "Products with equal shares should come in alphabetical order of their names, after the larger shares."
    return None
