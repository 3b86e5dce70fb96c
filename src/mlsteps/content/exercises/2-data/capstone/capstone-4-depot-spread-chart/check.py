import io

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

SEE = ("dpi",)  # the figure itself is read from its description; this only asks the judge to call verify


def _tidy(text):
    raw = pd.read_csv(io.StringIO(text)).drop_duplicates(subset="parcel_id", keep="last")
    parcels = raw.assign(
        sent=pd.to_datetime(raw["sent"]),
        delivered=pd.to_datetime(raw["delivered"]),
        depot=raw["depot"].str.strip().str.capitalize(),
    )
    parcels["hours"] = (parcels["delivered"] - parcels["sent"]).dt.total_seconds() / 3600
    return parcels.reset_index(drop=True)


PARCELS = _tidy(dataset("parcels.csv"))


def cases(rng):
    yield case(PARCELS, observe=SEE, label="every parcel of parcels.csv")
    for _ in range(2):
        rows = sorted(rng.sample(range(len(PARCELS)), rng.randint(150, 300)))
        yield case(PARCELS.iloc[rows], observe=SEE, label="a random sample of parcels")


def _stats(values):
    data = values.dropna().to_numpy(dtype=float)
    q1, median, q3 = np.percentile(data, [25, 50, 75])
    spread = q3 - q1
    inside = data[(data >= q1 - 1.5 * spread) & (data <= q3 + 1.5 * spread)]
    return {"q1": q1, "median": median, "q3": q3, "low": inside.min(), "high": inside.max()}


def _boxes(axes, upright):
    """The boxes on one axes, in order along the axis they stand on, read from their whiskers."""
    along, across = ("x", "y") if upright else ("y", "x")
    whiskers, flats = {}, []
    for line in axes["lines"]:
        where, height = line[along], line[across]
        if line.get("marker") and line.get("linestyle") in (None, "None", "", " "):
            continue  # outlier points, not part of a box
        if len(where) != 2 or None in where or any(isinstance(value, str) for value in where):
            continue
        if where[0] == where[1]:
            whiskers.setdefault(round(where[0], 6), []).append(height)
        elif None not in height and height[0] == height[1]:
            flats.append(((where[0] + where[1]) / 2, height[0]))
    boxes = []
    for centre in sorted(whiskers):
        ends = whiskers[centre]
        if len(ends) != 2 or any(None in end for end in ends):
            boxes.append(None)
            continue
        (edge_a, end_a), (edge_b, end_b) = ends
        boxes.append(
            {
                "q1": min(edge_a, edge_b),
                "q3": max(edge_a, edge_b),
                "low": min(end_a, end_b),
                "high": max(end_a, end_b),
                "levels": [level for middle, level in flats if abs(middle - centre) < 0.3],
            }
        )
    return boxes


def _fits(box, want):
    if box is None:
        return False
    same = all(abs(box[key] - want[key]) < 1e-6 for key in ("q1", "q3", "low", "high"))
    return same and any(abs(level - want["median"]) < 1e-6 for level in box["levels"])


def verify(case, got, observed):
    (parcels,) = case.args
    if not hasattr(got, "get") or not got.get("axes"):
        return None
    axes = got["axes"][0]
    standing, lying = _boxes(axes, True), _boxes(axes, False)
    upright = sum(box is not None for box in standing) >= sum(box is not None for box in lying)
    boxes = standing if upright else lying
    standard = parcels[parcels["service"] == "standard"]
    depots = sorted(standard["depot"].unique())
    if not boxes:
        if axes["bars"]:
            return (
                "One number per depot hides what the manager asked about: how spread out the times are. Show, for "
                "each depot, its median, its middle half and its extremes."
            )
        return "Show each depot's delivery times as a whole: its median, its middle half and its extremes."
    if any(box is None for box in boxes):
        return (
            "Some boxes are empty: parcels never delivered have no hours, and one missing value empties a box. "
            "Leave them out."
        )
    if len(boxes) != len(depots):
        return f"{len(boxes)} box(es) found; expected one per depot ({', '.join(depots)})."
    labels = [text for text in axes["xticklabels" if upright else "yticklabels"] if text.strip()]
    if labels != depots:
        return f"The boxes are named {labels}; put the depots in alphabetical order: {depots}."
    every = [_stats(parcels.loc[parcels["depot"] == depot, "hours"]) for depot in depots]
    if all(_fits(box, want) for box, want in zip(boxes, every, strict=True)):
        return "These boxes mix both services: the question is about standard parcels only."
    for depot, box in zip(depots, boxes, strict=True):
        if not _fits(box, _stats(standard.loc[standard["depot"] == depot, "hours"])):
            return f"The box of {depot} does not match the delivery times of its standard parcels."
    if not axes["xlabel"].strip() or not axes["ylabel"].strip():
        return "Label both axes: which axis holds the depots, and what is measured, in which unit?"
    return None
