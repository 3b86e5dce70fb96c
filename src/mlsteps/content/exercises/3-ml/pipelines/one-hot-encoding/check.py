import io

import pandas as pd

from mlsteps.engine.cases import case, dataset

TABLES = {
    "housing.csv": (pd.read_csv(io.StringIO(dataset("housing.csv"))), ["city"]),
    "survey.csv": (pd.read_csv(io.StringIO(dataset("survey.csv"))), ["country", "main_tool", "goal"]),
    "sales.csv": (pd.read_csv(io.StringIO(dataset("sales.csv"))), ["region", "product", "customer"]),
}
NEWCOMERS = {
    "city": "Turin",
    "country": "Japan",
    "main_tool": "Julia",
    "goal": "fun",
    "region": "Centre",
    "product": "stapler",
    "customer": "unknown",
}


def cases(rng):
    train = pd.DataFrame({"colour": ["red", "green", "blue", "green"], "price": [3.5, 2.0, 4.0, 2.5]})
    new = pd.DataFrame({"colour": ["green", "purple", "red"], "price": [2.2, 5.0, 3.1]})
    yield case(train, new, "colour", label="the example: purple is new")
    yield case(train, train, "colour", label="the training rows themselves")
    yield case(train, pd.DataFrame({"colour": ["blue"], "price": [4.1]}), "colour", label="one new row")
    homes = TABLES["housing.csv"][0]
    yield case(homes.iloc[:240], homes.iloc[240:], "city", label="housing.csv: 240 homes to learn from, 60 new")
    orders = TABLES["sales.csv"][0]
    yield case(orders.iloc[:300], orders.iloc[300:], "product", label="sales.csv: 300 orders to learn from, 100 new")
    for _ in range(4):
        name = rng.choice(sorted(TABLES))
        table, columns = TABLES[name]
        column = rng.choice(columns)
        rows = rng.sample(range(len(table)), 40)
        train, new = table.iloc[sorted(rows[:30])], table.iloc[sorted(rows[30:])]
        if rng.random() < 0.7:
            newcomer = new.iloc[[0]].assign(**{column: NEWCOMERS[column]})
            new = pd.concat([new, newcomer])
            words = f"with a new {column}, {NEWCOMERS[column]!r}"
        else:
            words = "no new category"
        yield case(train, new, column, label=f"{name}, column {column}: {words}")


def diagnose(case, expected, got):
    _train, new, column = case.args
    if not isinstance(got, pd.DataFrame):
        return None
    learned_from_new = sorted(f"{column}_{value}" for value in new[column].dropna().unique())
    if sorted(map(str, got.columns)) == learned_from_new and learned_from_new != list(expected.columns):
        return (
            "Your encoder learned its categories from the new rows: fit it on the training rows, then only "
            "transform the new ones. A model trained on the training columns needs the same columns, in the "
            "same order, for every row it is asked about later."
        )
    if len(got.columns) > len(expected.columns) and set(map(str, expected.columns)) <= set(map(str, got.columns)):
        return (
            "Your encoder has columns for categories that only the new rows have: it learned from them too. "
            "Only the training rows decide the columns; a category the encoder never met becomes a row of zeros."
        )
    return None
