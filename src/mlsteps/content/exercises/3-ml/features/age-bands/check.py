import numpy as np
import pandas as pd

from mlsteps.engine.cases import case

EDGES = {18.0: "18-29", 30.0: "30-49", 50.0: "50+"}
BEFORE = {18.0: "under 18", 30.0: "18-29", 50.0: "30-49"}


def cases(rng):
    yield case(pd.Series([17.5, 18.0, 29.9, 30.0, np.nan, 64.0]), label="the example")
    yield case(pd.Series([50.0, 30.0, 18.0], index=[10, 11, 12]), label="ages exactly on the edges, index 10 to 12")
    yield case(pd.Series([np.nan, 12.0, np.nan], name="age"), label="two missing ages, named 'age'")
    for number in range(4):
        size = rng.randint(6, 15)
        values = [float(rng.randint(1, 90)) for _ in range(size)]
        values[rng.randrange(size)] = rng.choice(list(EDGES))
        values[rng.randrange(size)] = np.nan
        yield case(
            pd.Series(values, name="age"), label=f"customers' ages, with an edge and a missing one ({number + 1})"
        )


def diagnose(case, expected, got):
    if not isinstance(got, pd.Series) or len(got) != len(expected):
        return None
    ages = case.args[0]
    plain = [position for position, age in enumerate(ages) if not pd.isna(age) and age not in EDGES]
    plain_right = all(got.iloc[position] == expected.iloc[position] for position in plain)
    for position, age in enumerate(ages):
        want, have = expected.iloc[position], got.iloc[position]
        if plain_right and age in EDGES and have == BEFORE[age]:
            return (
                f"The age {age:g} sits exactly on an edge, and an edge starts the next band: it belongs in "
                f"{want!r}, not {have!r}. pd.cut includes the right edge of each bin unless you tell it otherwise."
            )
        if pd.isna(age) and not pd.isna(have):
            return f"A missing age stays missing: got {have!r} for NaN, which invents an age nobody gave."
    return None
