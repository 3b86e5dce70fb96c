import io

import pandas as pd

from mlsteps.engine.cases import case, dataset

SALES = pd.read_csv(io.StringIO(dataset("sales.csv")))


def cases(rng):
    example = pd.DataFrame({"date": ["2024-03-01", "2024-03-04", "2024-04-05"], "units": [3, 2, 6]})
    yield case(example, "month", label="the example, by month")
    yield case(example, "weekday", label="the example, by weekday")
    yield case(example.iloc[[1]].reset_index(drop=True), "weekday", label="a single order")
    yield case(SALES, "month", label="the shop's 400 orders over two years, by month")
    yield case(SALES, "weekday", label="the shop's 400 orders, by weekday")
    for _ in range(4):
        rows = rng.sample(range(len(SALES)), rng.randint(5, 40))
        part = rng.choice(["month", "weekday"])
        yield case(SALES.iloc[rows].reset_index(drop=True), part, label=f"a random sample of orders, by {part}")


def diagnose(case, expected, got):
    orders, part = case.args
    if not isinstance(got, pd.Series) or len(got) == 0:
        return None
    if all(isinstance(label, int) for label in got.index.tolist()):
        return (
            "Your labels are numbers (such as 1 for January or 0 for Monday): .dt.month and .dt.weekday give "
            "numbers, while .dt.month_name() and .dt.day_name() give names."
        )
    dates = pd.to_datetime(orders["date"])
    names = dates.dt.month_name() if part == "month" else dates.dt.day_name()
    counts = orders.groupby(names)["units"].count()
    if set(got.index) == set(counts.index) and (got.reindex(counts.index) == counts).all():
        return (
            "These numbers count orders, but the task asks for the total of their units: "
            "add the units up instead of counting rows."
        )
    return None
