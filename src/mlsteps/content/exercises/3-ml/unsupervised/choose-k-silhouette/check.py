import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import StandardScaler
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


def four_blobs():
    """Four small blobs placed so that k=2 and k=3 give the same silhouette rounded to 3 (0.763).

    The columns are already standardised, so clustering the raw columns gives the same tie.
    """
    corners = [(6, 7), (10, 6), (0, 2), (5, 6)]
    points = np.array([(x + dx, y + dy) for x, y in corners for dx, dy in [(0, 0), (0.5, 0), (0, 0.5)]], dtype=float)
    return pd.DataFrame(StandardScaler().fit_transform(points).round(6), columns=["spend", "visits"])


def cases(rng):
    yield case(customers(0, 300, 3), [2, 3, 4, 5, 6], label="the example: 300 customers of a shop")
    yield case(four_blobs(), [2, 3, 4], label="four small blobs: k=2 and k=3 tie at 0.763")
    for number in range(3):
        X = customers(rng.randint(0, 10_000), rng.randint(120, 250), rng.randint(2, 4))
        yield case(X, [2, 3, 4, 5], label=f"another shop's customers ({number + 1})")


MEASURED = {}  # what diagnose measures on a case, kept so each mistake does not measure it again


def _silhouettes(label, X, ks, scaled=True):
    if (label, scaled) not in MEASURED:
        points = StandardScaler().fit_transform(X) if scaled else X
        out = {}
        with threadpool_limits(1):  # small problems: one thread is faster than many
            for k in ks:
                labels = KMeans(n_clusters=k, n_init=10, random_state=0).fit(points).labels_
                out[k] = round(float(silhouette_score(points, labels)), 3)
        MEASURED[(label, scaled)] = out
    return MEASURED[(label, scaled)]


def diagnose(case, expected, got):
    if not isinstance(got, int) or isinstance(got, bool) or got == expected:
        return None
    X, ks = case.args
    scores = _silhouettes(case.label, X, ks)
    tied = [k for k in ks if scores[k] == scores[expected]]
    if got in tied:
        return (
            f"k = {', '.join(map(str, tied))} tie at a silhouette of {scores[expected]}; a tie goes to the smaller k."
        )
    raw = _silhouettes(case.label, X, ks, scaled=False)
    unscaled = max(ks, key=lambda k: (raw[k], -k))
    largest = (
        "the inertia always falls as clusters are added, so the lowest inertia is always at the largest k and "
        "cannot choose k: choose by the silhouette"
    )
    standardise = (
        "it is also what the raw columns give, where income in euros decides every distance, and the columns "
        "must be standardised first, with the silhouette measured on the standardised points"
    )
    if got == unscaled and got == ks[-1]:
        return f"This is the largest k: {largest}. Check one more thing: {standardise}."
    if got == unscaled:
        return (
            "This k wins on the raw columns, where income in euros decides every distance. The columns must be "
            "standardised first, and the silhouette measured on the standardised points."
        )
    if got == ks[-1]:
        return f"This is the largest k: {largest}."
    return None
