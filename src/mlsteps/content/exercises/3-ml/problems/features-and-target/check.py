import io

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

HOUSING = pd.read_csv(io.StringIO(dataset("housing.csv")))
SURVEY = pd.read_csv(io.StringIO(dataset("survey.csv")))
WEATHER = pd.read_csv(io.StringIO(dataset("weather.csv")))
IDS = {"house_id", "respondent"}  # row numbers, not something to predict


def cases(rng):
    flats = pd.DataFrame({"area_m2": [54, 93, 130], "rooms": [2, 4, 6], "price_eur": [173000, 226000, 267000]})
    yield case(flats, "price_eur", label="the example")
    yield case(
        pd.DataFrame({"hours": [2.0, 5.5], "passed": [0, 1], "age": [19, 23]}), "passed", label="target in the middle"
    )
    yield case(pd.DataFrame({"target": [1, 0, 1], "x": [0.5, 0.1, 0.9]}), "target", label="target comes first")
    yield case(HOUSING, "price_eur", label="the 300 homes of housing.csv")
    for table in rng.sample([HOUSING, SURVEY, WEATHER, HOUSING, SURVEY], 4):
        rows = sorted(rng.sample(range(len(table)), rng.randint(5, 30)))
        sample = table.iloc[rows]
        numeric = [column for column in sample.columns if sample[column].dtype.kind in "ifb" and column not in IDS]
        target = rng.choice(numeric)
        yield case(sample, target, label=f"some rows, predicting {target}")


def diagnose(case, expected, got):
    _table, target = case.args
    if not isinstance(got, tuple | list) or len(got) != 2:
        return "Return two things, as a tuple: X, then y."
    X, y = got
    if isinstance(X, pd.DataFrame) and target in X.columns:
        return (
            f"X still holds the target column {target!r}: the answer to every row is in its own inputs, so a "
            "model would just copy it and learn nothing useful. Drop it from X."
        )
    if isinstance(X, pd.Series) and isinstance(y, pd.DataFrame):
        return "X and y are the wrong way round: return X (the features) first, then y (the target)."
    if isinstance(y, np.ndarray):
        return "Keep y as a pandas Series, the target column picked from the table, with its row labels."
    return None
