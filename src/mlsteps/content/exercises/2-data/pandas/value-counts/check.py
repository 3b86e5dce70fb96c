import io

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

SURVEY = pd.read_csv(io.StringIO(dataset("survey.csv")))


def tools(*names):
    return pd.DataFrame({"main_tool": list(names)})


def cases(rng):
    yield case(tools("Python", "R", "Python", "SQL", "Python", "Excel", "Python", "R"), label="the example")
    yield case(tools("Python", "Python", "Python"), label="everyone uses the same tool")
    yield case(tools("R", "SQL", "R"), label="three people: shares that need rounding")
    yield case(SURVEY, label="all 250 answers")
    for _ in range(4):
        rows = sorted(rng.sample(range(len(SURVEY)), rng.randint(6, 70)))
        yield case(SURVEY.iloc[rows], label="a random group of people")


def _matches(got, values):
    """Does `got` hold these values, tool by tool?"""
    if not isinstance(got, pd.Series) or set(got.index) != set(values.index):
        return False
    return np.allclose(got.reindex(values.index).to_numpy(dtype=float), values.to_numpy(dtype=float))


def diagnose(case, expected, got):
    (survey,) = case.args
    counts = survey["main_tool"].value_counts()
    shares = survey["main_tool"].value_counts(normalize=True)
    if _matches(got, expected):
        return None
    if _matches(got, counts):
        return "These are counts, not shares: divide by the number of people (value_counts can do it for you)."
    if _matches(got, shares * 100) or _matches(got, (shares * 100).round(3)):
        return "These are percentages: give each share as a number between 0 and 1 (0.5, not 50)."
    if _matches(got, shares):
        return "Round the shares to 3 decimals."
    return None
