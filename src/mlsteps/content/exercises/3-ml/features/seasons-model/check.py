import io

import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split

from mlsteps.engine.cases import case, dataset

WEATHER = pd.read_csv(io.StringIO(dataset("weather.csv"))).dropna(subset=["temp_c"])
LINEAR = ("_final_estimator.coef_", "coef_")


def cases(rng):
    days, temps = WEATHER[["date", "city"]], WEATHER["temp_c"]
    for number in range(3):
        train, new, train_temps, new_temps = train_test_split(
            days, temps, test_size=0.25, random_state=rng.randint(0, 10_000)
        )
        yield case(
            train,
            train_temps,
            predict=new,
            truth=new_temps.to_numpy(),
            observe=LINEAR,
            label=f"days of weather.csv, a random split ({number + 1})",
        )


def verify(case, got, observed):
    if all(observed.get(path) is None for path in LINEAR):
        return (
            "The model must end with a linear model (LinearRegression or Ridge): the lesson is features that let "
            "a straight line follow the seasons."
        )
    return None


def diagnose(case, expected, got, inspected):
    predictions = np.asarray(got, dtype=float) if isinstance(got, np.ndarray | list) else None
    new = case.then[1][0] if case.then else None
    if predictions is None or new is None or predictions.shape != case.truth.shape:
        return None
    table = new.assign(predicted=predictions, day=pd.to_datetime(new["date"]).dt.day_of_year)
    by_date = table.pivot_table(index="date", columns="city", values="predicted")
    both = by_date.dropna()
    if len(both) and np.allclose(both["Oslo"], both["Madrid"]):
        return (
            "Your model predicts the same temperature for Oslo and Madrid on the same day: the city never reaches "
            "it. Madrid is about 9 °C warmer all year; one-hot encode the city."
        )
    for _, rows in table.groupby("city"):
        rows = rows.sort_values("day")
        steps = np.diff(rows["predicted"].to_numpy())
        if len(steps) > 2 and np.allclose(steps, 0):
            return (
                "Within a city your predictions are the same every day of the year: the date never reaches the "
                "model. Turn it into features inside the pipeline."
            )
        if len(steps) > 2 and (np.all(steps >= -1e-9) or np.all(steps <= 1e-9)):
            return (
                "Within a city your predictions only rise (or only fall) through the year: a straight line in the "
                "day number, on which 31 December is far from 1 January. Put each day on the year's circle "
                "(sine and cosine of its angle) so the line can follow the seasons."
            )
    return None
