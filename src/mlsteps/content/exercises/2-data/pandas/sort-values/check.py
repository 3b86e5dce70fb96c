import io

import pandas as pd

from mlsteps.engine.cases import case, dataset

HOMES = pd.read_csv(io.StringIO(dataset("housing.csv")))


def cases(rng):
    yield case(HOMES.iloc[:6][["house_id", "city", "area_m2", "price_eur"]], label="the example")
    yield case(HOMES.iloc[[6]], label="a single home")
    tie = pd.DataFrame(
        {
            "house_id": [11, 12, 13, 14],
            "city": ["Porto", "Lyon", "Porto", "Porto"],
            "price_eur": [150000, 90000, 150000, 210000],
        }
    )
    yield case(tie, label="two homes with the same city and price")
    yield case(HOMES, label="all 300 homes")
    for _ in range(4):
        rows = rng.sample(range(len(HOMES)), rng.randint(5, 40))
        yield case(HOMES.iloc[rows], label="a random handful of homes, in a random order")


def diagnose(case, expected, got):
    (homes,) = case.args
    if not isinstance(got, pd.DataFrame) or len(got) != len(expected) or "city" not in got.columns:
        return None
    if "index" in got.columns and "index" not in homes.columns:
        return "reset_index() keeps the old labels as a new column called 'index': use reset_index(drop=True)."
    cities = list(got["city"])
    if cities == sorted(cities, reverse=True) and cities != sorted(cities):
        return (
            "Only the prices should go from highest to lowest: the cities should go from A to Z "
            "(each column can have its own direction)."
        )
    if not got.index.equals(expected.index) and got.reset_index(drop=True)[list(expected.columns)].equals(expected):
        return (
            "The rows are in the right order, but they still carry their old labels: "
            "number the rows again, without keeping the old labels as a column."
        )
    return None
