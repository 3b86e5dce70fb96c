import io

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CITIES = ["Oslo", "Madrid", "Lima", "Cairo", "Hanoi", "Perth", "Quito", "Accra"]


def monthly_rain():
    """The rain of each month of 2023 in Oslo and Madrid, one column per month, from weather.csv."""
    weather = pd.read_csv(io.StringIO(dataset("weather.csv")))
    month = pd.to_datetime(weather["date"]).dt.month.map(lambda number: MONTHS[number - 1])
    table = weather.assign(month=month).pivot_table(index="city", columns="month", values="rain_mm", aggfunc="sum")
    return table[MONTHS].round(1).rename_axis(columns=None).reset_index()


def wide_table(cities, months, values):
    frame = pd.DataFrame({"city": cities})
    for position, month in enumerate(months):
        frame[month] = [row[position] for row in values]
    return frame


def cases(rng):
    example = wide_table(["Oslo", "Madrid"], ["Jan", "Feb", "Mar"], [[94.3, 86.4, 120.2], [18.7, 23.2, 11.7]])
    yield case(example, label="the example")
    yield case(wide_table(["Lima"], ["Jul"], [[0.4]]), label="one city, one month")
    yield case(wide_table(["Oslo", "Cairo"], ["Jan", "Feb"], [[90.0, np.nan], [5.1, 3.8]]), label="a missing value")
    yield case(monthly_rain(), label="Oslo and Madrid, all of 2023 (from weather.csv)")
    for _ in range(4):
        cities = rng.sample(CITIES, rng.randint(1, 5))
        start = rng.randint(0, 9)
        months = MONTHS[start : rng.randint(start + 1, 12)]
        values = [[round(rng.uniform(0, 150), 1) for _ in months] for _ in cities]
        yield case(wide_table(cities, months, values), label="random cities and months")


def diagnose(case, expected, got):
    if not isinstance(got, pd.DataFrame):
        return None
    if {"variable", "value"} <= set(got.columns):
        return (
            "pandas called the new columns variable and value: melt can name them as the prompt asks."
        )
    if "city" not in got.columns and "month" in got.columns and (got["month"] == "city").any():
        return (
            "The city column was melted too, so 'city' shows up as a month: keep it as a column with "
            "melt's id_vars."
        )
    return None
