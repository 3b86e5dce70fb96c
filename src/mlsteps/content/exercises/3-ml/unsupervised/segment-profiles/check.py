import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from threadpoolctl import threadpool_limits

from mlsteps.engine.cases import case

CENTRES = [(30, 2), (45, 12), (65, 6), (22, 15)]


def customers(seed, rows, groups):
    """Groups that differ in age and visits; income (in euros, big numbers) is the same for all of them."""
    draw = np.random.default_rng(seed)
    group = draw.integers(0, groups, rows)
    age = np.array([CENTRES[g][0] for g in group]) + draw.normal(0, 4, rows)
    visits = np.array([CENTRES[g][1] for g in group]) + draw.normal(0, 1.5, rows)
    return pd.DataFrame(
        {"income": draw.normal(50_000, 15_000, rows).round(-2), "age": age.round(0), "visits": visits.clip(0).round(0)}
    )


def cases(rng):
    yield case(customers(0, 300, 3), 3, label="the example: 300 customers, 3 segments")
    for number in range(3):
        groups = rng.randint(2, 4)
        yield case(
            customers(rng.randint(0, 10_000), rng.randint(120, 250), groups),
            groups,
            label=f"another shop's customers, {groups} segments ({number + 1})",
        )


def diagnose(case, expected, got):
    if not isinstance(got, pd.DataFrame) or set(got.columns) != set(expected.columns) or len(got) != len(expected):
        return None
    customers_table, k = case.args
    got = got.reset_index(drop=True)
    if got["income"].abs().max() < 10:
        return (
            "These means are of the standardised columns (an income near 0?). Profiles are read by people: give "
            "the means of the original columns, each in its own units."
        )
    if sorted(got["age"].round(1)) == sorted(expected["age"]) and list(got["age"]) != list(expected["age"]):
        return "The right segments, in another order: the rows are sorted by mean age, youngest first."
    with threadpool_limits(1):  # small problems: one thread is faster than many
        labels = KMeans(n_clusters=k, n_init=10, random_state=0).fit_predict(customers_table)
    raw = customers_table.groupby(labels).mean().round(1).sort_values("age").reset_index(drop=True)
    if np.allclose(got["income"], raw["income"]):
        return (
            "These segments differ mostly by income: k-means ran on the raw columns, where euros outweigh years "
            "and visits. The columns must be standardised before clustering."
        )
    return None
