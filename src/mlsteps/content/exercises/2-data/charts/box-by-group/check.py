import io

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

HOUSING = pd.read_csv(io.StringIO(dataset("housing.csv")))
WEATHER = pd.read_csv(io.StringIO(dataset("weather.csv")))
SALES = pd.read_csv(io.StringIO(dataset("sales.csv")))
SEE = ("dpi",)  # the figure itself is read from its description; this only asks the judge to call verify


def cases(rng):
    homes = pd.DataFrame(
        {"city": ["Porto", "Lyon", "Porto", "Lyon", "Lyon"], "age_years": [80.0, 12.0, 95.0, None, 30.0]}
    )
    yield case(homes, "age_years", "city", observe=SEE, label="the example")
    yield case(HOUSING, "age_years", "city", observe=SEE, label="housing.csv: ages by city, 15 missing")
    yield case(WEATHER, "temp_c", "city", observe=SEE, label="weather.csv: temperatures by city, 20 missing")
    yield case(SALES, "unit_price", "product", observe=SEE, label="sales.csv: prices by product, 12 missing")
    for _ in range(3):
        rows = sorted(rng.sample(range(len(HOUSING)), rng.randint(20, 80)))
        yield case(HOUSING.iloc[rows], "price_eur", "city", observe=SEE, label="a random sample of homes")


def _stats(values):
    data = values.dropna().to_numpy(dtype=float)
    q1, median, q3 = np.percentile(data, [25, 50, 75])
    spread = q3 - q1
    inside = data[(data >= q1 - 1.5 * spread) & (data <= q3 + 1.5 * spread)]
    outliers = sorted(data[(data < q1 - 1.5 * spread) | (data > q3 + 1.5 * spread)])
    return {"q1": q1, "median": median, "q3": q3, "low": inside.min(), "high": inside.max(), "outliers": outliers}


def _near(a, b):
    return a is not None and b is not None and abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _boxes(axes, upright=True):
    """The boxes drawn on one axes, left to right (or bottom to top), read from their whiskers."""
    along, across = ("x", "y") if upright else ("y", "x")
    whiskers, flats, points = {}, [], []
    for line in axes["lines"]:
        where, height = line[along], line[across]
        if line.get("marker") and line.get("linestyle") in (None, "None", "", " "):
            points.append(line)
        elif len(where) == 2 and None not in where and where[0] == where[1]:
            whiskers.setdefault(round(where[0], 6), []).append(height)
        elif len(where) == 2 and len(height) == 2 and None not in height and height[0] == height[1]:
            flats.append(((where[0] + where[1]) / 2, height[0]))
    boxes = []
    for centre in sorted(whiskers):
        ends = whiskers[centre]
        if len(ends) != 2 or any(None in end for end in ends):
            boxes.append({"centre": centre, "empty": True})
            continue
        (edge_a, end_a), (edge_b, end_b) = ends
        outliers = [
            y for line in points for x, y in zip(line[along], line[across], strict=True) if abs(x - centre) < 0.3
        ]
        boxes.append(
            {
                "centre": centre,
                "empty": False,
                "q1": min(edge_a, edge_b),
                "q3": max(edge_a, edge_b),
                "low": min(end_a, end_b),
                "high": max(end_a, end_b),
                "levels": [y for x, y in flats if abs(x - centre) < 0.3],
                "outliers": sorted(y for y in outliers if y is not None),
            }
        )
    return boxes


def verify(case, got, observed):
    frame, value, group = case.args
    if not hasattr(got, "get") or not got.get("axes"):
        return None
    axes = got["axes"][0]
    names = sorted(frame[group].unique())
    boxes = _boxes(axes)
    if not boxes and _boxes(axes, upright=False):
        return "Your boxes lie on their side: draw them upright, one per group along the x axis."
    if len(boxes) != len(names):
        return f"{len(boxes)} box(es) found; expected one box per group, {len(names)} in all ({', '.join(names)})."
    if any(box["empty"] for box in boxes):
        return (
            "Some boxes are empty: their group has missing values, and a box of values with NaN among them is "
            "not drawn. Leave the missing values out of each group."
        )
    labels = [text for text in axes["xticklabels"] if text.strip()]
    if labels != names:
        if sorted(labels) == names:
            return f"The groups are labelled {labels}; put them in alphabetical order: {names}."
        return f"The boxes are labelled {labels}; expected the group names {names} under the boxes."
    for name, box in zip(names, boxes, strict=True):
        want = _stats(frame.loc[frame[group] == name, value])
        for key in ("q1", "q3", "low", "high"):
            if not _near(box[key], want[key]):
                return (
                    f"The box of {name} does not match its values: its {key} is drawn at {box[key]:g}, "
                    f"expected {want[key]:g}."
                )
        if not any(_near(level, want["median"]) for level in box["levels"]):
            return f"The box of {name} has no median line at {want['median']:g}."
        if len(box["outliers"]) != len(want["outliers"]):
            return f"The box of {name} shows {len(box['outliers'])} outlier point(s); expected {len(want['outliers'])}."
    if axes["ylabel"].strip() != value:
        return f"The y axis should be labelled with the value column's name, {value!r}; it says {axes['ylabel']!r}."
    return None


def diagnose(case, expected, got):
    if isinstance(got, dict) and got.get("axes") and len(got["axes"]) > 1:
        return "Draw all the boxes on one axes, side by side, so that they share one scale."
    return None
