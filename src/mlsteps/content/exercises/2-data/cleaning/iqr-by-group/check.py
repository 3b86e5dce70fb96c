import io

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

HOUSING = pd.read_csv(io.StringIO(dataset("housing.csv")))
SURVEY = pd.read_csv(io.StringIO(dataset("survey.csv")))


def cases(rng):
    homes = pd.DataFrame(
        {"city": ["A"] * 5 + ["B"] * 4, "price": [100, 110, 120, 130, 300, 900, 1000, 1000, 5000]}
    )
    yield case(homes, "price", "city", label="the example")
    levels = pd.DataFrame(
        {"shop": ["big"] * 6 + ["small"] * 6, "sales": [1000, 1010, 1020, 1030, 1040, 900, 10, 11, 12, 13, 14, 40]}
    )
    yield case(levels, "sales", "shop", label="two groups at very different levels")
    fence = pd.DataFrame({"team": ["x"] * 9 + ["y"] * 4, "score": [2, 4, 4, 4, 6, 6, 6, 8, 9, 1, 2, 3, 50]})
    yield case(fence, "score", "team", label="9 exactly on its group's fence; y has only 4 values")
    small = pd.DataFrame({"g": ["p"] * 5 + ["q"] * 5, "v": [1, 2, 3, 4, 100, 5, 5, 6, 60, np.nan]})
    yield case(small, "v", "g", label="a group of exactly 5 values, and one of 4 values plus a missing one")
    yield case(HOUSING, "price_eur", "city", label="housing.csv: prices within each city")
    yield case(SURVEY, "hours_per_week", "country", label="survey.csv: hours within each country, some missing")
    for _ in range(3):
        rows = sorted(rng.sample(range(len(HOUSING)), rng.randint(12, 40)))
        yield case(HOUSING.iloc[rows], "area_m2", "city", label="a random sample of homes, their own index")


def diagnose(case, expected, got):
    frame, column, by = case.args
    if not isinstance(got, pd.Series) or len(got) != len(frame):
        return None
    have = got.fillna(False).astype(bool).to_numpy()
    values = frame[column]
    grouped = frame.groupby(by)[column]
    q1, q3 = grouped.transform("quantile", 0.25), grouped.transform("quantile", 0.75)
    low, high = q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1)
    count = grouped.transform("count")
    whole_q1, whole_q3 = values.quantile(0.25), values.quantile(0.75)
    whole = (values < whole_q1 - 1.5 * (whole_q3 - whole_q1)) | (values > whole_q3 + 1.5 * (whole_q3 - whole_q1))
    if (have == ((values < low) | (values > high)).to_numpy()).all():
        return "A group with fewer than 5 values should have no outliers: too few values to call one extreme."
    if (have == whole.to_numpy()).all():
        return (
            "These are outliers of the whole column: compare each row with the quartiles of its own group "
            "(groupby, then transform, gives each row its group's number)."
        )
    on_fence = ((values <= low) | (values >= high)) & (count >= 5)
    if (have == on_fence.to_numpy()).all():
        return "A value exactly on its group's fence is not an outlier: only values beyond the fence are."
    return None
