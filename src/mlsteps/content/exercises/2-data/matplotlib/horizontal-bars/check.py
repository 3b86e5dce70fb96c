import io

import pandas as pd

from mlsteps.engine.cases import case, dataset

SALES = pd.read_csv(io.StringIO(dataset("sales.csv")))
PRODUCTS = [
    "backpack", "calculator", "eraser", "folder", "glue stick", "highlighter", "lamp", "marker",
    "notebook", "pen", "pencil", "ruler", "scissors", "stapler", "sticky notes",
]  # fmt: skip


def cases(rng):
    example = {"pen": 130, "lamp": 58, "ruler": 12, "notebook": 127, "eraser": 31, "backpack": 42, "calculator": 43}
    yield case(pd.Series(example, name="units"), label="the example")
    yield case(pd.Series({"pen": 9, "ruler": 4, "lamp": 6}, name="units"), label="fewer than five products")
    five = {"stapler": 3, "pen": 80, "marker": 25, "folder": 11, "lamp": 40}
    yield case(pd.Series(five, name="units"), label="exactly five")
    yield case(SALES.groupby("product")["units"].sum(), label="units per product in the shop's orders")
    for _ in range(4):
        names = rng.sample(PRODUCTS, rng.randint(6, len(PRODUCTS)))
        counts = rng.sample(range(1, 500), len(names))
        yield case(pd.Series(dict(zip(names, counts, strict=True)), name="units"), label="random products")


def _bars(figure):
    try:
        groups = figure["axes"][0]["bars"]
    except (KeyError, IndexError, TypeError):
        return None
    return groups[0] if len(groups) == 1 else None


def diagnose(case, expected, got):
    want, have = _bars(expected), _bars(got)
    if want is None or have is None or len(want["width"]) < 2:
        return None
    if len(have["width"]) > len(want["width"]) == 5:
        return "Keep only the five best sellers."
    if have.get("orientation") == "vertical" and have["height"] == want["width"]:
        return (
            "ax.bar draws upright bars; horizontal bars have their own method (the values become the bars' "
            "lengths)."
        )
    if have["width"] == want["width"][::-1]:
        return (
            "Your largest bar is at the bottom: barh draws the first value at the bottom, "
            "so draw the top five from smallest to largest."
        )
    return None
