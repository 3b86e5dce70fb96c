import io

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

SALES = pd.read_csv(io.StringIO(dataset("sales.csv")))
HOUSING = pd.read_csv(io.StringIO(dataset("housing.csv")))


def cases(rng):
    orders = pd.DataFrame(
        {
            "product": ["pen", "pen", "pen", "lamp", "lamp", "lamp", "mug"],
            "price": [1.0, None, 1.4, 20.0, 90.0, None, None],
        }
    )
    yield case(orders, "price", "product", label="the example")
    skewed = pd.DataFrame({"shop": ["a"] * 5, "sales": [10.0, 11.0, 12.0, 500.0, np.nan]})
    yield case(skewed, "sales", "shop", label="one odd value in the group")
    yield case(
        pd.DataFrame({"g": ["x", "x", "y", "y"], "v": [3.0, 5.0, np.nan, np.nan]}, index=[4, 3, 2, 1]),
        "v",
        "g",
        label="a group with no values at all",
    )
    yield case(SALES, "unit_price", "product", label="sales.csv: 12 missing prices, by product")
    yield case(HOUSING, "age_years", "city", label="housing.csv: 15 missing ages, by city")
    for _ in range(4):
        rows = sorted(rng.sample(range(len(SALES)), rng.randint(10, 30)))
        sample = SALES.iloc[rows].copy()
        gaps = rng.sample(list(sample.index), rng.randint(2, 5))
        sample.loc[gaps, "unit_price"] = np.nan
        yield case(sample, "unit_price", "product", label="random orders, some prices taken out")


def diagnose(case, expected, got):
    frame, column, by = case.args
    if not isinstance(got, pd.DataFrame) or column not in got.columns or len(got) != len(frame):
        return None
    have = got[column].to_numpy(dtype=float)
    values = frame[column]
    grouped = values.groupby(frame[by])

    def same(filled):
        return np.allclose(have, filled.to_numpy(dtype=float), equal_nan=True)

    if same(values.fillna(values.median())) and not same(expected[column]):
        return "Each gap got the median of the whole column: fill it with the median of its own group instead."
    if same(values.fillna(grouped.transform("mean")).fillna(values.mean())):
        return "These gaps were filled with the mean of the group; use the median, which one odd value cannot drag."
    if same(values.fillna(grouped.transform("median"))):
        return (
            "Some gaps are still missing: their group has no values at all, so it has no median. Fill those "
            "with the median of the whole column."
        )
    return None
