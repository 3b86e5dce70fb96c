import io

import pandas as pd

from mlsteps.engine.cases import case, dataset

HOMES = pd.read_csv(io.StringIO(dataset("housing.csv"))).set_index("house_id")


def listing(homes):
    """Homes as the website lists them: cheapest first."""
    return homes.sort_values("price_eur", kind="stable")


def cases(rng):
    example = listing(HOMES.iloc[:8])
    yield case(example, [3, 7], label="the example")
    yield case(example, [], label="no homes saved")
    yield case(listing(HOMES.iloc[8:12]), [12, 9, 10], label="only 4 homes: page two is empty")
    yield case(listing(HOMES), [300, 1, 150], label="all 300 homes")
    for _ in range(4):
        homes = listing(HOMES.iloc[sorted(rng.sample(range(len(HOMES)), rng.randint(7, 40)))])
        ids = rng.sample(list(homes.index), rng.randint(1, 4))
        yield case(homes, [int(i) for i in ids], label="a random listing")


def _as_list(value):
    try:
        return [int(item) for item in value]
    except (TypeError, ValueError):
        return None


def diagnose(case, expected, got):
    homes, ids = case.args
    if not isinstance(got, dict):
        return None
    if isinstance(got.get("page_two"), pd.Series | pd.Index) or isinstance(got.get("saved_prices"), pd.Series):
        return "Give plain lists: .tolist() turns an index or a Series into a list."
    prices, page = _as_list(got.get("saved_prices", [])), _as_list(got.get("page_two", []))
    by_position = homes.iloc[ids]["price_eur"].tolist() if all(i < len(homes) for i in ids) else None
    if ids and prices != expected["saved_prices"] and prices == by_position:
        return (
            "Your saved prices belong to the rows at those positions: `.iloc` counts positions. "
            "House ids are labels, so look them up with `.loc`."
        )
    if page != expected["page_two"]:
        for start in (4, 6):
            if page == homes.iloc[start : start + 5].index.tolist():
                return (
                    "Your page two starts one row off. Positions count from 0, so the 6th row is at position 5, "
                    "and a slice stops just before its end."
                )
    return None
