import io
import re

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

BIKES = pd.read_csv(io.StringIO(dataset("bikes.csv")))
SEE = ("dpi",)  # the figure itself is read from its description; this only asks the judge to call verify
QUESTIONS = ["trend", "relationship", "distribution", "groups", "ranking"]
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PLAIN_NUMBER = re.compile(r"^[-\u2212]?[\d.,]+$")


def cases(rng):
    for question in QUESTIONS:
        start = rng.randrange(len(BIKES) - 150)
        stretch = BIKES.iloc[start : start + rng.randint(42, 150)]
        yield case(question, stretch, observe=SEE, label=f"question {question!r}, a random stretch of bikes.csv")


def _close(have, want):
    return len(have) == len(want) and bool(np.allclose(np.sort(have), np.sort(want), rtol=1e-6))


def _boxes_one_way(axes, upright):
    """Boxes read from their whiskers, standing (upright) or lying: (q1, q3) of each and the flat lines near it."""
    along, across = ("x", "y") if upright else ("y", "x")
    whiskers, flats = {}, []
    for line in axes["lines"]:
        where, height = line[along], line[across]
        if line.get("marker") and line.get("linestyle") in (None, "None", "", " "):
            continue  # outlier points, not part of a box
        if len(where) != 2 or len(height) != 2 or None in where or None in height:
            continue
        if any(isinstance(value, str) for value in where):
            continue
        if where[0] == where[1]:
            whiskers.setdefault(round(where[0], 6), []).append(height)
        elif height[0] == height[1]:
            flats.append(((where[0] + where[1]) / 2, height[0]))
    boxes = []
    for centre, ends in sorted(whiskers.items()):
        if len(ends) == 2:
            edges = sorted([ends[0][0], ends[1][0]])
            levels = [level for middle, level in flats if abs(middle - centre) < 0.3]
            boxes.append({"q1": edges[0], "q3": edges[1], "levels": levels})
    return boxes


def _boxes(axes):
    """The boxes on the axes, whichever way up they were drawn."""
    standing, lying = _boxes_one_way(axes, True), _boxes_one_way(axes, False)
    return standing if len(standing) >= len(lying) else lying


def _has_box_of(boxes, values):
    q1, median, q3 = np.percentile(values, [25, 50, 75])
    return any(
        abs(box["q1"] - q1) < 1e-6
        and abs(box["q3"] - q3) < 1e-6
        and any(abs(level - median) < 1e-6 for level in box["levels"])
        for box in boxes
    )


def _bar_values(axes):
    values = []
    for group in axes["bars"]:
        values += group["width"] if group["orientation"] == "horizontal" else group["height"]
    return values


def _trend(axes, days):
    lines = [line for line in axes["lines"] if len(line["x"]) > 1]
    if not lines:
        if axes["scatters"]:
            return (
                "Separate points over time make the reader join them by eye: a change over time reads best as a "
                "line that joins the days in order, so rises and falls show as slopes."
            )
        return "A change over time reads best as a line through the days in date order; no line was found."
    line = lines[0]
    if any(isinstance(value, str) for value in line["x"]):
        return "The dates on the x axis are text, so each day is a separate category: convert them to real dates."
    labels = [text for text in axes["xticklabels"] if text.strip()]
    if labels and all(PLAIN_NUMBER.match(text.strip()) for text in labels):
        return "The x axis counts rows, not dates: draw the line against the days' real dates."
    xs = [value for value in line["x"] if value is not None]
    if xs != sorted(xs):
        return "The line goes back and forth in time: draw the days in date order."
    return None


def _relationship(axes, days):
    if not axes["scatters"]:
        if axes["lines"]:
            return (
                "A line joins the days in the order of the table, which here is a tangle: two measures of the same "
                "days read best as points, one per day (a scatter plot)."
            )
        return "Two measures of the same days read best as one point per day (a scatter plot); no points were found."
    points = axes["scatters"][0]
    temp, rentals = days["temp_c"].to_numpy(dtype=float), days["rentals"].to_numpy(dtype=float)
    pairs = sorted(zip(points["x"], points["y"], strict=True))
    if len(pairs) == len(days) and _close([x for x, _ in pairs], rentals) and _close([y for _, y in pairs], temp):
        return "Put the temperature, the possible cause, across (x) and the rentals, the effect, up (y)."
    want = sorted(zip(temp, rentals, strict=True))
    if len(pairs) != len(want) or not np.allclose(np.array(pairs, dtype=float), np.array(want), rtol=1e-6):
        return "The points should be the days: the temperature across (x) and the rentals up (y), one point per day."
    return None


def _distribution(axes, days):
    rentals = days["rentals"].to_numpy(dtype=float)
    bars = axes["bars"]
    if bars:
        heights = [height for group in bars for height in group["height"]]
        starts = [x for group in bars for x in group["x"]]
        widths = [width for group in bars for width in group["width"]]
        touching = all(abs(starts[i] + widths[i] - starts[i + 1]) < 1e-6 for i in range(len(starts) - 1))
        if len(heights) >= 5 and touching and abs(sum(heights) - len(rentals)) < 1e-6:
            return None
        return (
            "These bars do not count the days in ranges of rentals: a histogram's bars touch and their heights "
            "add up to the number of days."
        )
    if _boxes(axes):
        return None if _has_box_of(_boxes(axes), rentals) else "The box does not match the day's rentals."
    if axes["lines"]:
        return (
            "A line over time shows when things happened, not how the values are spread: count how many days fall "
            "in each range of rentals (a histogram), or draw one box."
        )
    return "How values are spread out shows in a histogram (or a box plot); neither was found."


def _groups(axes, days):
    wet = days["rain_mm"] > 0
    boxes = _boxes(axes)
    if len(boxes) == 2:
        dry_values, wet_values = days.loc[~wet, "rentals"], days.loc[wet, "rentals"]
        if _has_box_of(boxes, dry_values) and _has_box_of(boxes, wet_values):
            return None
        return "The two boxes should show the rentals of the dry days (rain_mm of 0) and of the rainy days."
    if axes["bars"]:
        return (
            "Two bars of averages hide the spread, and the question asks whether rainy days also vary more: show "
            "each group's whole distribution side by side (a box plot per group)."
        )
    return "Comparing the spread of two groups reads best as two boxes side by side; found none."


def _ranking(axes, days):
    if not axes["bars"]:
        return (
            "No bars were found. Ranking categories reads best as bars, one per weekday: lengths are easy to "
            "compare, while slices of a pie are not (and the checks cannot read a pie)."
        )
    dates = pd.to_datetime(days["date"])
    means = days.groupby(dates.dt.day_of_week)["rentals"].mean().to_numpy()
    if not _close(_bar_values(axes), means):
        return "The bars should be the mean rentals of each weekday, one bar per weekday."
    group = axes["bars"][0]
    labels = axes["yticklabels" if group["orientation"] == "horizontal" else "xticklabels"]
    named = [text for text in labels if text.strip()]
    if len(named) != len(means) or not all(text.strip().lower()[:3] in WEEKDAYS for text in named):
        return "Name each bar with its weekday, so that the reader can see which one is the largest."
    return None


def verify(case, got, observed):
    question, days = case.args
    if not hasattr(got, "get") or not got.get("axes"):
        return None
    axes = got["axes"][0]
    check = {"trend": _trend, "relationship": _relationship, "distribution": _distribution, "groups": _groups}
    reason = check.get(question, _ranking)(axes, days)
    if reason:
        return reason
    if not axes["xlabel"].strip() or not axes["ylabel"].strip():
        return "Label both axes: a reader must know what each one measures, and in which unit."
    return None
