import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from threadpoolctl import threadpool_limits

from mlsteps.engine.cases import case

CENTRES = [(30, 2), (45, 12), (65, 6), (25, 15)]


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
    yield case(customers(0, 300, 3), [1, 2, 3, 4, 6], label="the example: 300 customers of a shop")
    yield case(customers(1, 120, 2), [4, 2, 3], label="ks not in increasing order")
    for number in range(2):
        ks = sorted(rng.sample(range(1, 8), 4))
        yield case(
            customers(rng.randint(0, 10_000), rng.randint(100, 250), rng.randint(2, 4)),
            ks,
            label=f"another shop's customers ({number + 1})",
        )


def diagnose(case, expected, got):
    if not isinstance(got, list) or len(got) != len(expected) or got == expected:
        return None
    X, ks = case.args
    if sorted(got) == sorted(expected) or np.allclose(sorted(got), sorted(expected), atol=0.01):
        return "The right inertias, in another order: give one per k, in the order the ks are given."
    with threadpool_limits(1):  # small problems: one thread is faster than many
        raw = [round(float(KMeans(n_clusters=k, n_init=10, random_state=0).fit(X).inertia_), 2) for k in ks]
    if np.allclose(got, raw, rtol=1e-6):
        return (
            "These inertias are in squared euros: k-means ran on the raw columns, where income's big numbers "
            "decide every distance. The columns must be standardised first (the scaler in the pipeline)."
        )
    return None
