import io
import math

import pandas as pd

from mlsteps.engine.cases import case, dataset

SALES = pd.read_csv(io.StringIO(dataset("sales.csv")))
REGIONS = ["North", "South", "East", "West"]


def cases(rng):
    example = pd.DataFrame(
        {"region": ["North", "South", "North", "East"], "units": [2, 1, 3, 4], "unit_price": [1.5, 10.0, 2.0, 0.5]}
    )
    yield case(example, ["South", "North", "East"], label="the example")
    yield case(example, ["North"], label="only one of the regions")
    missing_price = pd.DataFrame(
        {"region": ["West", "West", "East"], "units": [2, 5, 1], "unit_price": [4.0, None, 3.0]}
    )
    yield case(missing_price, ["West", "East"], label="an order with a missing price")
    yield case(SALES, ["West", "East", "South", "North"], label="all 400 orders")
    for _ in range(4):
        rows = sorted(rng.sample(range(len(SALES)), rng.randint(20, 120)))
        sample = SALES.iloc[rows].reset_index(drop=True)
        present = sorted(set(sample["region"]))
        regions = rng.sample(present, rng.randint(2, len(present)))
        yield case(sample, regions, label="a random sample of orders")


def _heights(figure):
    try:
        return [h for group in figure["axes"][0]["bars"] for h in group["height"]]
    except (KeyError, IndexError, TypeError):
        return None


def _same(numbers, series):
    values = [float(v) for v in series]
    if numbers is None or len(numbers) != len(values):
        return False
    return all(
        n is not None and math.isclose(n, v, rel_tol=1e-9, abs_tol=1e-9) for n, v in zip(numbers, values, strict=True)
    )


def diagnose(case, expected, got):
    orders, regions = case.args
    heights = _heights(got)
    revenue = (orders["units"] * orders["unit_price"]).groupby(orders["region"]).sum()
    if list(revenue.index) != list(regions) and _same(heights, revenue):
        return (
            "Your bars are in alphabetical order (the order groupby gives) and include every region; "
            "keep the regions asked for, in the order of the list you were given."
        )
    units = orders.groupby("region")["units"].sum()
    if _same(heights, units.reindex(regions)) or _same(heights, units):
        return "These heights count units, not euros: multiply units by unit_price for each order, then add up."
    return None
