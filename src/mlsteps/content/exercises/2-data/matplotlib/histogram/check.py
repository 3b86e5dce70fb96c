import io

import pandas as pd

from mlsteps.engine.cases import case, dataset

WEATHER = pd.read_csv(io.StringIO(dataset("weather.csv")))


def _temps(city):
    return WEATHER.loc[WEATHER["city"] == city, "temp_c"].dropna().reset_index(drop=True)


def cases(rng):
    yield case(pd.Series([-1.5, 0.5, 2.0, 2.5, 3.0, 7.5], name="temp_c"), 3, label="the example")
    yield case(pd.Series([12.0, 14.5, 13.0, 18.5], name="temp_c"), 1, label="a single bin")
    yield case(_temps("Oslo"), 20, label="a year in Oslo")
    yield case(_temps("Madrid"), 12, label="a year in Madrid")
    for _ in range(4):
        temps = _temps(rng.choice(["Oslo", "Madrid"]))
        rows = sorted(rng.sample(range(len(temps)), rng.randint(15, 120)))
        bins = rng.choice([4, 5, 6, 8, 15, 25])
        yield case(temps.iloc[rows].reset_index(drop=True), bins, label="random days, random bins")


def _bar_count(figure):
    try:
        return sum(len(group["height"]) for group in figure["axes"][0]["bars"])
    except (KeyError, IndexError, TypeError):
        return None


def diagnose(case, expected, got):
    _, bins = case.args
    if bins != 10 and _bar_count(got) == 10:
        return f"ax.hist uses 10 bins unless told otherwise; here you were asked for {bins}."
    return None
