import pandas as pd
from sklearn.datasets import load_breast_cancer, load_wine, make_classification
from sklearn.ensemble import RandomForestClassifier

from mlsteps.engine.cases import case

MACHINE = ["temperature", "vibration", "pressure", "rpm", "voltage", "humidity", "age_days", "load", "noise_db"]


def machines(seed, rows):
    """Sensor readings of machines, failed or not: only some sensors carry signal, at random places."""
    X, y = make_classification(
        n_samples=rows, n_features=len(MACHINE), n_informative=3, n_redundant=0, flip_y=0.05, random_state=seed
    )
    return pd.DataFrame(X.round(3), columns=MACHINE), pd.Series(y, name="failed")


def cases(rng):
    wine = load_wine(as_frame=True)
    yield case(wine.data, wine.target, label="the example: wines from three growers")
    cancer = load_breast_cancer(as_frame=True)
    yield case(cancer.data, cancer.target, label="breast tissue samples")
    for number in range(4):
        X, y = machines(rng.randint(0, 10_000), rng.randint(200, 400))
        yield case(X, y, label=f"machine sensors, failed or not ({number + 1})")


def _ranked(X, y):
    forest = RandomForestClassifier(n_estimators=100, random_state=0).fit(X, y)
    return pd.Series(forest.feature_importances_, index=X.columns).sort_values(ascending=False)


def diagnose(case, expected, got):
    if not isinstance(got, list | tuple) or len(got) != 3:
        return None
    if all(isinstance(item, int) for item in got):
        return "These are positions of the columns; return their names instead."
    got = list(got)
    if got == list(reversed(expected)):
        return (
            "The right three, from the third to the first: `np.argsort` and `sort_values()` sort from smallest "
            "to largest. Sort from largest to smallest, so that the most important column comes first."
        )
    if sorted(got) == sorted(_ranked(*case.args).index[-3:]):
        return "These are the three least important columns: sort from largest to smallest importance."
    return None
