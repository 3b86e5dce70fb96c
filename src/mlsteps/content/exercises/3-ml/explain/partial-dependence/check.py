import io

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.inspection import partial_dependence
from threadpoolctl import threadpool_limits

from mlsteps.engine.cases import case, dataset

HOUSING = pd.read_csv(io.StringIO(dataset("housing.csv")))
COLUMNS = ["area_m2", "rooms", "age_years", "distance_km", "garden"]


def homes(rows=None, seed=0):
    table = HOUSING if rows is None else HOUSING.sample(rows, random_state=seed)
    return table[COLUMNS].astype(float).reset_index(drop=True), table["price_eur"].reset_index(drop=True)


def cases(rng):
    yield case(*homes(), "distance_km", [1, 2, 5, 10, 20], label="the example: all 300 homes, distance")
    yield case(*homes(), "area_m2", [40, 80, 120, 160], label="all 300 homes, area")
    for number in range(2):
        column = rng.choice(["distance_km", "area_m2", "age_years"])
        grid = {"distance_km": [0.5, 3, 8, 15], "area_m2": [30, 60, 100, 150, 200], "age_years": [0, 20, 50, 100]}[
            column
        ]
        yield case(
            *homes(rng.randint(150, 280), rng.randint(0, 1000)),
            column,
            grid,
            label=f"a sample of the homes, {column} ({number + 1})",
        )


def diagnose(case, expected, got):
    if not isinstance(got, list) or len(got) != len(expected) or got == expected:
        return None
    table, prices, column, grid = case.args
    with threadpool_limits(1):  # small problems: one thread is faster than many
        model = HistGradientBoostingRegressor(random_state=0).fit(table, prices)
        average_home = table.mean().to_frame().T
        at_average = [round(float(model.predict(average_home.assign(**{column: value}))[0])) for value in grid]
    if np.allclose(got, at_average, atol=0.5):
        return (
            "These are predictions for one average home. Partial dependence averages the predictions over all "
            "the real homes, each with the column set to the value: the model is not a straight line, so the "
            "two differ."
        )
    with threadpool_limits(1):
        fast = partial_dependence(model, table, [column], custom_values={column: grid})["average"][0]
    if np.allclose(got, np.round(fast), atol=0.5):
        return (
            "These come from partial_dependence's fast default method ('recursion'), which leaves out the model's "
            'starting value (the average it begins from) and weighs the homes differently. Use method="brute", '
            "or set the column and predict yourself."
        )
    return None
