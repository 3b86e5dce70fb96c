import io

import pandas as pd

from mlsteps.engine.cases import case, dataset

HOUSING = pd.read_csv(io.StringIO(dataset("housing.csv")))


def cases(rng):
    yield case(pd.DataFrame({"area_m2": [54, 93, 130], "price_eur": [173000, 226000, 267000]}), label="the example")
    yield case(pd.DataFrame({"area_m2": [61], "price_eur": [198000]}), label="a single home")
    yield case(HOUSING, label="all 300 homes")
    yield case(HOUSING[HOUSING["city"] == "Porto"].reset_index(drop=True), label="the homes in Porto")
    for _ in range(4):
        rows = rng.sample(range(len(HOUSING)), rng.randint(5, 60))
        yield case(HOUSING.iloc[rows].reset_index(drop=True), label="a random sample of homes")


def _first_scatter(figure):
    try:
        return figure["axes"][0]["scatters"][0]
    except (KeyError, IndexError, TypeError):
        return None


def diagnose(case, expected, got):
    want, have = _first_scatter(expected), _first_scatter(got)
    if want is not None and have is None and isinstance(got, dict) and any(a.get("lines") for a in got["axes"]):
        return "ax.plot joins the points with a line; a scatter plot draws separate dots with ax.scatter."
    if want is None or have is None or want["x"] == want["y"]:
        return None
    if have["x"] == want["y"] and have["y"] == want["x"]:
        return (
            "Your dots are mirrored: the price is on the x axis and the area on the y axis. "
            "A scatter call takes the across values first."
        )
    return None
