import io
import re

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

HOUSING = pd.read_csv(io.StringIO(dataset("housing.csv"))).drop(columns=["house_id", "garden"])
BIKES = pd.read_csv(io.StringIO(dataset("bikes.csv")))
SEE = ("dpi",)  # the figure itself is read from its description; this only asks the judge to call verify
TWO_DECIMALS = re.compile(r"^-?\d+\.\d\d$")


def cases(rng):
    homes = pd.DataFrame(
        {
            "area_m2": [50, 80, 120, 65],
            "price_eur": [150, 260, 390, 170],
            "city": ["Lyon", "Porto", "Lyon", "Porto"],
            "age_years": [30, 5, 12, 60],
        }
    )
    yield case(homes, observe=SEE, label="the example")
    yield case(HOUSING, observe=SEE, label="housing.csv (a text column, missing ages)")
    yield case(BIKES, observe=SEE, label="bikes.csv: rentals, temperature and rain")
    for _ in range(2):
        size = rng.randint(12, 40)
        base = [rng.gauss(0, 1) for _ in range(size)]
        frame = pd.DataFrame(
            {
                "x": base,
                "shop": [rng.choice(["a", "b"]) for _ in range(size)],
                "y": [value * rng.choice([-2, 0.5, 3]) + rng.gauss(0, 1) for value in base],
                "z": [rng.gauss(5, 2) for _ in range(size)],
            }
        )
        yield case(frame, observe=SEE, label="random columns, one of text")


def _number(text):
    text = text.replace("\u2212", "-").strip()
    return float(text) if TWO_DECIMALS.match(text) else None


def verify(case, got, observed):
    (frame,) = case.args
    if not hasattr(got, "get") or len(got.get("axes", [])) != 2:
        return None
    table = frame.corr(numeric_only=True)
    names = list(table.columns)
    first, second = got["axes"]
    heat, bar = (first, second) if len(first["texts"]) >= len(second["texts"]) else (second, first)
    ends = sorted(bar["ylim"] if bar["xlim"] == [0.0, 1.0] else bar["xlim"])
    if not np.allclose(ends, [-1.0, 1.0]):
        return (
            f"The colour bar runs from {ends[0]:.2f} to {ends[1]:.2f}: fix the colour scale to run from -1 to 1 "
            "(vmin and vmax), so that a colour means the same correlation in every heatmap."
        )
    columns = [text for text in heat["xticklabels"] if text.strip()]
    rows = [text for text in heat["yticklabels"] if text.strip()]
    if columns != names or sorted(rows) != sorted(names):
        return f"Label the squares with the column names: expected {names} along the x axis, found {columns}."
    inverted = heat["ylim"][0] > heat["ylim"][1]
    top_down = rows if inverted else rows[::-1]
    if top_down != names:
        return f"The rows should run from top to bottom in the order {names}, as in the table; they run {top_down}."
    texts = heat["texts"]
    if len(texts) != len(names) ** 2:
        return f"{len(texts)} text(s) on the heatmap; expected one per square, {len(names) ** 2} in all."
    xs = sorted({round(text["position"][0], 6) for text in texts})
    ys = sorted({round(text["position"][1], 6) for text in texts}, reverse=not inverted)
    for text in texts:
        value = _number(text["text"])
        if value is None:
            return f"A square shows {text['text']!r}; show each correlation rounded to 2 decimals, such as 0.83."
        column = xs.index(round(text["position"][0], 6))
        row = ys.index(round(text["position"][1], 6))
        want = table.iloc[row, column]
        if abs(value - want) > 0.0051:
            return (
                f"The square of {names[row]} and {names[column]} shows {text['text']}; their correlation is "
                f"{want:.2f}."
            )
    return None


def diagnose(case, expected, got):
    if hasattr(got, "get") and len(got.get("axes", [])) == 1:
        return (
            "There is no colour bar: it is an axes of its own beside the heatmap, made from what the heatmap "
            "call returned (fig.colorbar). Without it nobody knows what the colours mean."
        )
    return None
