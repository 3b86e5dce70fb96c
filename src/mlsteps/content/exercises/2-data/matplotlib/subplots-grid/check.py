import io

import pandas as pd

from mlsteps.engine.cases import case, dataset

WEATHER = pd.read_csv(io.StringIO(dataset("weather.csv")))
WEATHER["date"] = pd.to_datetime(WEATHER["date"])


def _month(city, month):
    rows = WEATHER[(WEATHER["city"] == city) & (WEATHER["date"].dt.month == month)]
    return pd.DataFrame(
        {
            "day": rows["date"].dt.day.to_numpy(),
            "temp_c": rows["temp_c"].to_numpy(),
            "rain_mm": rows["rain_mm"].to_numpy(),
        }
    )


def _with_missing_temperature():
    for city in ("Oslo", "Madrid"):
        for month in range(1, 13):
            days = _month(city, month)
            if days["temp_c"].isna().any():
                return days
    return _month("Oslo", 1)


def cases(rng):
    yield case(
        pd.DataFrame({"day": [1, 2, 3], "temp_c": [-2.5, -1.0, 0.5], "rain_mm": [0.0, 4.2, 1.1]}), label="the example"
    )
    yield case(pd.DataFrame({"day": [14], "temp_c": [21.0], "rain_mm": [0.0]}), label="a single day")
    yield case(_with_missing_temperature(), label="a month with a missing temperature")
    for _ in range(4):
        city, month = rng.choice(["Oslo", "Madrid"]), rng.randint(1, 12)
        days = _month(city, month)
        start = rng.randint(0, 10)
        yield case(days.iloc[start : start + rng.randint(7, 21)].reset_index(drop=True), label=f"days in {city}")


def _kinds(figure):
    try:
        return [("line" if axes["lines"] else "") + ("bar" if axes["bars"] else "") for axes in figure["axes"]]
    except (KeyError, TypeError):
        return None


def diagnose(case, expected, got):
    kinds = _kinds(got)
    if kinds is None:
        return None
    if len(kinds) == 1 and kinds[0]:
        return (
            "Everything is on one axes: the figure needs a grid of one row and two columns, "
            "with the line on the left axes and the bars on the right."
        )
    if kinds == ["bar", "line"]:
        return "Your two plots are the wrong way round: the temperature line goes on the left (the first axes)."
    titles = [axes["title"] for axes in got["axes"]]
    if len(titles) == 2 and not titles[0].strip() and titles[1].strip():
        return (
            "plt.title names only the current plot (the last one made), so the left one has no title: "
            "give each axes its own title."
        )
    return None
