import pandas as pd

from mlsteps.engine.cases import case


def _month(rng, first_id, rows, extra=None):
    frame = pd.DataFrame(
        {
            "order_id": range(first_id, first_id + rows),
            "units": [rng.randint(1, 9) for _ in range(rows)],
            "price": [round(rng.uniform(1, 40), 2) for _ in range(rows)],
        }
    )
    if extra:
        frame[extra] = [rng.choice(["A", "B", "C"]) for _ in range(rows)]
    return frame


def cases(rng):
    jan = pd.DataFrame({"order_id": [1, 2], "units": [3, 1]})
    feb = pd.DataFrame({"order_id": [3], "units": [5], "coupon": ["SPRING"]})
    yield case({"2024-01": jan, "2024-02": feb}, label="the example")
    yield case({"2024-03": jan}, label="a single month")
    yield case(
        {"2024-04": pd.DataFrame({"order_id": [7], "units": [2]}, index=[41]), "2024-05": jan},
        label="a month whose index does not start at 0",
    )
    for _ in range(4):
        names = [f"2023-{month:02d}" for month in sorted(rng.sample(range(1, 13), rng.randint(2, 4)))]
        months, next_id = {}, 100
        extra_from = rng.randrange(len(names))
        for number, name in enumerate(names):
            rows = rng.randint(1, 4)
            months[name] = _month(rng, next_id, rows, "channel" if number >= extra_from else None)
            next_id += rows
        yield case(months, label="random months, a column added along the way")


def diagnose(case, expected, got):
    if not isinstance(got, pd.DataFrame) or len(got) != len(expected):
        return None
    columns = [str(column) for column in got.columns]
    if "month" in columns and columns[0] != "month":
        return "month should be the first column, so a reader sees at once where each row came from."
    if list(got.index) != list(range(len(got))):
        return (
            "Your index starts again at 0 for each month, so several rows share a label: ask concat for a new "
            "index over the whole table."
        )
    if set(expected.columns) - set(got.columns):
        return (
            "A column that only some months have was dropped: keep every column, with NaN for the months "
            "that do not have it (that is what concat does unless told to keep only the common ones)."
        )
    return None
