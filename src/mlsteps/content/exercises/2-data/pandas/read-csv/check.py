import pandas as pd

from mlsteps.engine.cases import case, dataset

SALES = dataset("sales.csv")
HEADER, *ROWS = SALES.splitlines()
NAMES = ["orders.csv", "shop_orders.csv", "sales_2024.csv", "export.csv", "data.csv"]


def csv_text(rows):
    return "\n".join([HEADER, *rows]) + "\n"


def cases(rng):
    yield case("sales.csv", files={"sales.csv": SALES}, label="the example: the shop's 400 orders")
    yield case("orders.csv", files={"orders.csv": csv_text(ROWS[:3])}, label="three orders, another file name")
    yield case("one.csv", files={"one.csv": csv_text(ROWS[-1:])}, label="a single order")
    yield case("gaps.csv", files={"gaps.csv": csv_text(ROWS[6:12])}, label="two orders with a missing price")
    for _ in range(4):
        picked = sorted(rng.sample(range(len(ROWS)), rng.randint(5, 30)))
        name = rng.choice(NAMES)
        yield case(name, files={name: csv_text([ROWS[i] for i in picked])}, label="a random sample of orders")


def diagnose(case, expected, got):
    if not isinstance(got, pd.DataFrame):
        return None
    if "order_id" not in got.columns and got.index.name == "order_id":
        return "order_id became the row labels (the index): leave out index_col, so it stays a column."
    if "date" in got.columns and got["date"].dtype.kind != "M":
        return (
            "The date column is still text: read_csv can read a column as dates while it reads the file "
            "(look up its parse_dates argument)."
        )
    return None
