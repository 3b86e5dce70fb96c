import io

import pandas as pd

from mlsteps.engine.cases import case, dataset

SALES = pd.read_csv(io.StringIO(dataset("sales.csv")))[["date", "product", "units"]]
CATALOGUE = pd.DataFrame(
    {
        "product": ["notebook", "pen", "backpack", "calculator", "stapler"],
        "category": ["paper", "writing", "bags", "electronics", "office"],
        "list_price": [3.5, 1.2, 38.5, 18.5, 7.9],
    }
)
LAMP = pd.DataFrame({"product": ["lamp"], "category": ["electronics"], "list_price": [24.0]})


def cases(rng):
    example = pd.DataFrame(
        {"date": ["2024-03-01", "2024-03-01", "2024-03-02"], "product": ["pen", "lamp", "pen"], "units": [3, 1, 5]}
    )
    small = pd.DataFrame({"product": ["pen", "notebook"], "category": ["writing", "paper"], "list_price": [1.2, 3.5]})
    yield case(example, small, label="the example")
    yield case(example, pd.concat([small, LAMP], ignore_index=True), label="every order finds its product")
    yield case(example.iloc[[1]].reset_index(drop=True), small, label="no order finds its product")
    yield case(SALES, CATALOGUE, label="the shop's 400 orders; lamps are not in the catalogue")
    everything = pd.concat([CATALOGUE, LAMP], ignore_index=True)
    for _ in range(4):
        rows = rng.sample(range(len(SALES)), rng.randint(4, 25))
        kept = rng.sample(range(len(everything)), rng.randint(2, len(everything) - 1))
        products = everything.iloc[kept].reset_index(drop=True)
        yield case(SALES.iloc[rows].reset_index(drop=True), products, label="random orders and part of the catalogue")


def diagnose(case, expected, got):
    if not isinstance(got, pd.DataFrame):
        return None
    if "product_x" in got.columns or "category_x" in got.columns:
        return (
            "Columns such as product_x and product_y mean the rows were paired by something other than the "
            "product (here, their position): name the key column, so each order meets its own product."
        )
    if len(got) > len(expected) and "category" in got.columns and got["category"].isna().any():
        return (
            "Your result still has orders whose product is not in the catalogue, with NaN in the new columns: "
            "a left join keeps every order. An inner join keeps only the matches."
        )
    return None
