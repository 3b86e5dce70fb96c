import io

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

NAMES = ("sales.csv", "housing.csv", "weather.csv", "survey.csv")
DATASETS = {name: pd.read_csv(io.StringIO(dataset(name))) for name in NAMES}


def cases(rng):
    weather = pd.DataFrame(
        {
            "city": ["Oslo", "Madrid", None, "Oslo", "Madrid"],
            "temp_c": [-1.5, np.nan, np.nan, 2.0, np.nan],
            "rain_mm": [0.0, 1.2, 3.4, 0.0, 0.5],
        }
    )
    yield case(weather, label="the example")
    yield case(pd.DataFrame({"score": [3, 4, 5], "name": ["Ada", "Bo", "Cy"]}), label="nothing missing")
    every = pd.DataFrame({"age": [np.nan, np.nan], "tool": ["R", "SQL"]})
    yield case(every, label="a column with every value missing")
    for name, frame in DATASETS.items():
        yield case(frame, label=f"the whole of {name}")
    for _ in range(3):
        frame = DATASETS[rng.choice(sorted(DATASETS))]
        rows = sorted(rng.sample(range(len(frame)), rng.randint(10, 80)))
        columns = sorted(rng.sample(range(frame.shape[1]), rng.randint(2, frame.shape[1])))
        yield case(frame.iloc[rows, columns], label="random rows and columns of a dataset")


def diagnose(case, expected, got):
    (df,) = case.args
    if not isinstance(got, pd.Series) or got.equals(expected):
        return None
    values = got.to_numpy()
    if len(got) == df.shape[1] and np.array_equal(values, df.count().to_numpy()):
        return (
            "These are the values that are there (count() skips the missing ones): "
            "mark the missing ones instead, then add them up."
        )
    per_row = df.isna().sum(axis=1)
    if got.index.equals(per_row.index) and np.array_equal(values, per_row.to_numpy()):
        return "This is one count per row: add up down each column instead."
    return None
