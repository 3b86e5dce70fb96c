import io

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

BIKES = pd.read_csv(io.StringIO(dataset("bikes.csv")))[["date", "rentals"]]
SEE = ("dpi",)  # the figure itself is read from its description; this only asks the judge to call verify
EPOCH = pd.Timestamp("1970-01-01")


def cases(rng):
    dates = pd.date_range("2023-01-01", periods=90).strftime("%Y-%m-%d")
    yield case(pd.DataFrame({"date": dates, "rentals": range(1000, 1090)}), observe=SEE, label="the example")
    yield case(BIKES.iloc[:120], observe=SEE, label="the first 120 days of bikes.csv")
    for _ in range(2):
        start = rng.randrange(len(BIKES) - 100)
        stretch = BIKES.iloc[start : start + rng.randint(35, 100)]
        yield case(stretch, observe=SEE, label="a random stretch of bikes.csv")


def _days_since_epoch(values):
    """Line x values as days since 1970 (how Matplotlib places dates), or None when they are not dates."""
    if all(isinstance(value, float | int) for value in values):
        return np.array(values, dtype=float)
    try:
        return ((pd.to_datetime(pd.Series(values)) - EPOCH) / pd.Timedelta(days=1)).to_numpy()
    except (ValueError, TypeError):
        return None


def _same(got, want):
    have = np.array([np.nan if value is None else value for value in got], dtype=float)
    return len(have) == len(want) and bool(np.allclose(have, want, equal_nan=True))


def verify(case, got, observed):
    (days,) = case.args
    if not hasattr(got, "get") or not got.get("axes"):
        return None
    axes = got["axes"][0]
    lines = [line for line in axes["lines"] if len(line["y"]) > 1]
    if len(lines) != 2:
        return f"{len(lines)} line(s) found; expected two: the daily rentals and the trend."
    dates = pd.to_datetime(days["date"])
    rentals = days["rentals"].to_numpy(dtype=float)
    trend = pd.Series(rentals).rolling(28).mean().to_numpy()
    wanted_x = ((dates - EPOCH) / pd.Timedelta(days=1)).to_numpy()
    for line in lines:
        xs = line["x"]
        if xs and all(isinstance(value, str) for value in xs) and max(axes["xlim"]) < len(xs) + 10:
            return (
                "The dates are text, so each day became a category with its own tick label. Convert them with "
                "pd.to_datetime so that the x axis is a real time axis."
            )
        if _same(xs, np.arange(len(rentals))):
            return "The x axis counts rows (0, 1, 2, ...), not dates: plot the values against the real dates."
        where = _days_since_epoch(xs)
        if where is None or not _same(list(where), wanted_x):
            return "A line is not drawn against the days' dates: give both lines the dates as their x values."
    kinds = ["daily" if _same(line["y"], rentals) else "trend" if _same(line["y"], trend) else None for line in lines]
    if "daily" not in kinds:
        return "None of the lines shows the daily rentals themselves."
    if "trend" not in kinds:
        centred = pd.Series(rentals).rolling(28, center=True).mean().to_numpy()
        if any(_same(line["y"], centred) for line in lines):
            return (
                "The trend is centred on each day, so it uses days that had not happened yet: take the day and the "
                "27 days before it."
            )
        return "The second line is not the mean of each day and the 27 days before it (NaN for the first 27 days)."
    legend = axes.get("legend")
    if not legend or len([text for text in legend if text.strip()]) < 2:
        return (
            "The chart needs a legend that names both lines: each line needs a name of its own, and the axes must "
            "be asked to show them."
        )
    if not axes["ylabel"].strip():
        return "The y axis has no label: say what is counted."
    return None
