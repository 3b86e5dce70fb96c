import io

import pandas as pd

from mlsteps.engine.cases import case, dataset

SALES = pd.read_csv(io.StringIO(dataset("sales.csv")))
SALES["date"] = pd.to_datetime(SALES["date"])
SALES["revenue"] = SALES["units"] * SALES["unit_price"]


def _monthly(orders):
    grouped = orders.groupby(orders["date"].dt.month).agg(units=("units", "sum"), revenue=("revenue", "sum"))
    table = grouped.rename_axis("month").reset_index()
    table["revenue"] = table["revenue"].round(2)
    return table


def cases(rng):
    yield case(
        pd.DataFrame({"month": [1, 2, 3], "units": [96, 88, 120], "revenue": [410.5, 377.0, 512.8]}),
        label="the example",
    )
    yield case(pd.DataFrame({"month": [7], "units": [54], "revenue": [230.0]}), label="a single month")
    yield case(_monthly(SALES[SALES["date"].dt.year == 2023]), label="the shop's months of 2023")
    yield case(_monthly(SALES[SALES["date"].dt.year == 2024]), label="the shop's months of 2024")
    for _ in range(4):
        year = rng.choice([2023, 2024])
        first = rng.randint(1, 9)
        last = rng.randint(first + 1, 12)
        chosen = SALES[(SALES["date"].dt.year == year) & SALES["date"].dt.month.between(first, last)]
        yield case(_monthly(chosen), label=f"some months of {year}")


def _lines(figure):
    try:
        return figure["axes"][0]["lines"]
    except (KeyError, IndexError, TypeError):
        return None


def diagnose(case, expected, got):
    lines = _lines(got)
    if lines is None:
        return None
    if not lines:
        return (
            "Your figure has no line: did monthly.plot draw on your axes? "
            "Without it, pandas draws on a new figure of its own and yours stays empty."
        )
    if len(lines) > 1:
        return "Without y=, pandas draws every number column: say which one to draw."
    (monthly,) = case.args
    if lines[0]["x"] == [float(i) for i in range(len(monthly))] and list(monthly["month"]) != list(range(len(monthly))):
        return "Without x=, pandas puts the row index (0, 1, 2, ...) across: say which column goes across."
    return None
