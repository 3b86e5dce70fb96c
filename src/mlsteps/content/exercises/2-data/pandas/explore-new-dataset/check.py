import io

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

NAMES = ("sales.csv", "housing.csv", "weather.csv", "survey.csv")
DATASETS = {name: pd.read_csv(io.StringIO(dataset(name))) for name in NAMES}


def cases(rng):
    members = pd.DataFrame(
        {
            "name": ["Ada", "Bo", None, "Di"],
            "age": [31, np.nan, 45, 28],
            "score": [7.5, 8.0, np.nan, np.nan],
            "member": [True, False, True, True],
        }
    )
    yield case(members, label="the example")
    yield case(pd.DataFrame({"city": ["Oslo", "Lima"], "rain_mm": [0.0, 2.5]}), label="nothing missing")
    yield case(pd.DataFrame({"a": [1.0, np.nan], "b": [np.nan, 2.0], "c": ["x", None]}), label="a three-way tie")
    yield case(pd.DataFrame({"tool": ["R", None, "SQL"], "goal": ["job", "fun", None]}), label="no numeric column")
    yield case(pd.DataFrame({"id": [1, 2], "price": [np.nan, np.nan]}), label="a numeric column with no values")
    for name, frame in DATASETS.items():
        yield case(frame, label=f"the whole of {name}")
    for _ in range(3):
        frame = DATASETS[rng.choice(sorted(DATASETS))]
        rows = sorted(rng.sample(range(len(frame)), rng.randint(5, 60)))
        columns = sorted(rng.sample(range(frame.shape[1]), rng.randint(2, frame.shape[1])))
        yield case(frame.iloc[rows, columns], label="random rows and columns of a dataset")


def diagnose(case, expected, got):
    (df,) = case.args
    if not isinstance(got, dict):
        return None
    most = got.get("most_missing")
    if isinstance(most, int | float) and not isinstance(most, bool) and expected["most_missing"] is not None:
        return (
            "most_missing should be a column's name, not how many values it misses: "
            ".idxmax() gives the label of the largest value, .max() the value itself."
        )
    if expected["most_missing"] is None and most == df.columns[0]:
        return (
            "Nothing is missing in this table, so most_missing should be None: "
            "idxmax() still names a column when every count is 0, so check the largest count first."
        )
    means = got.get("means")
    if isinstance(means, dict):
        true_false = [column for column in df.columns if df[column].dtype == bool]
        if any(column in means for column in true_false):
            return (
                "True/False columns are not numeric here: keep only whole numbers and decimals, "
                "(look up select_dtypes)."
            )
    return None
