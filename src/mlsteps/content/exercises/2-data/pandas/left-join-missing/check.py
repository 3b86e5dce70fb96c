import pandas as pd

from mlsteps.engine.cases import case

NAMES = [
    "Ada", "Bilal", "Chen", "Dara", "Emeka", "Fatima", "Goran", "Hana", "Ines", "Jonas",
    "Kofi", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sven", "Tariq",
]  # fmt: skip


def customers_table(ids, names):
    return pd.DataFrame({"customer_id": ids, "name": names})


def spending_table(ids, totals):
    return pd.DataFrame(
        {"customer_id": pd.Series(ids, dtype="int64"), "total_spent": pd.Series(totals, dtype="float64")}
    )


def cases(rng):
    three = customers_table([1, 2, 3], ["Ada", "Bilal", "Chen"])
    yield case(three, spending_table([1, 3, 9], [120.5, 40.0, 15.0]), label="the example")
    yield case(three, spending_table([3, 1, 2], [8.0, 19.9, 240.0]), label="every customer bought something")
    yield case(three, spending_table([], []), label="nobody bought anything yet")
    yield case(customers_table([7], ["Dara"]), spending_table([2, 5], [10.0, 30.0]), label="one customer, no match")
    for _ in range(4):
        count = rng.randint(4, 15)
        ids = rng.sample(range(100, 200), count)
        buyers = rng.sample(ids, rng.randint(1, count - 1))
        gone = rng.sample(range(300, 400), rng.randint(0, 3))  # accounts that have since been closed
        spent_ids = buyers + gone
        rng.shuffle(spent_ids)
        totals = [round(rng.uniform(5, 500), 2) for _ in spent_ids]
        yield case(
            customers_table(ids, rng.sample(NAMES, count)),
            spending_table(spent_ids, totals),
            label="random customers, some who bought nothing",
        )


def diagnose(case, expected, got):
    customers, spending = case.args
    if not isinstance(got, tuple | list) or len(got) != 2:
        return None
    table, missing = got
    want_table, want_missing = expected
    if not isinstance(table, pd.DataFrame) or "total_spent" not in table.columns:
        return None
    gaps = int(table["total_spent"].isna().sum())
    if gaps == 0 and want_missing > 0 and len(table) == len(want_table) - want_missing:
        return (
            "Your table has only the customers who bought something: merge keeps only the matching rows "
            "unless you ask for a left join."
        )
    if len(table) != len(want_table) or gaps != want_missing:
        return None
    if missing == 0 and want_missing > 0:
        return (
            "Your count is 0, yet some customers have NaN: NaN is not equal to anything, not even to itself, "
            "so == np.nan never finds one. pandas has its own test for missing values."
        )
    if missing == len(customers) - len(spending) != want_missing:
        return (
            "Subtracting the sizes of the tables goes wrong when the spending table lists customers who are not in "
            "the customer list (closed accounts): count the NaN in total_spent instead."
        )
    return None
