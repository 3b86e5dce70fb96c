import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier
from sklearn.preprocessing import StandardScaler

from mlsteps.engine.cases import case

# What kind of model makes the predictions: read off the returned object, whether it is a bare model, a pipeline, or
# a search over either. A path through a missing attribute reads as "NoneType".
MODEL = "__class__.__name__"
FINAL = "_final_estimator.__class__.__name__"
SEARCHED = "best_estimator_._final_estimator.__class__.__name__"
SEARCHED_BARE = "best_estimator_.__class__.__name__"
FIRST_STEP = "steps.0.1.__class__.__name__"
OBSERVED = (MODEL, FINAL, SEARCHED, SEARCHED_BARE, FIRST_STEP)
DISTANCE_BASED = ("KNeighborsClassifier", "RadiusNeighborsClassifier", "SVC", "NuSVC")


def loans(seed, rows=500):
    """Past loans: did the borrower fall behind? Income (in euros) is big and tells nothing; the rest tells a lot."""
    draw = np.random.default_rng(seed)
    income = draw.normal(42_000, 12_000, rows).round(-2)
    debt_ratio = draw.uniform(0, 0.8, rows).round(3)
    late = draw.poisson(1.0, rows)
    years = draw.integers(0, 30, rows)
    risk = 5 * (debt_ratio - 0.4) + 0.9 * (late - 1) - 0.05 * (years - 15) + draw.normal(0, 0.6, rows)
    table = pd.DataFrame({"income": income, "debt_ratio": debt_ratio, "late_payments": late, "years_in_job": years})
    return table, pd.Series((risk > 0).astype(int), name="fell_behind")


def cases(rng):
    for number in range(4):
        X, y = loans(rng.randint(0, 2**32 - 1))
        X_train, X_test, y_train, y_test = train_test_split(
            X, y, test_size=0.3, stratify=y, random_state=rng.randint(0, 10_000)
        )
        yield case(
            X_train,
            y_train,
            predict=X_test,
            truth=y_test.to_numpy(),
            observe=OBSERVED,
            label=f"a new draw of past loans ({number + 1})",
        )


def _name(observed, path):
    value = observed.get(path)
    return value if isinstance(value, str) and value != "NoneType" else None


def _predictor(observed):
    """The class of the model that makes the predictions."""
    for path in (SEARCHED, FINAL, SEARCHED_BARE):
        if name := _name(observed, path):
            return name
    return _name(observed, MODEL)


def verify(case, got, observed):
    name = _predictor(observed)
    if name in DISTANCE_BASED:
        return None
    return (
        f"the predictions come from a {name or 'model of an unknown kind'}, which does not measure distances "
        "between rows, so scaling its columns changes little for it. This exercise is about a distance-based "
        "classifier: k-nearest neighbours or a support vector classifier."
    )


def diagnose(case, expected, got, inspected):
    if _predictor(inspected) not in DISTANCE_BASED:
        return None  # verify has said what is wrong
    X_train, y_train = case.args
    X_test = case.then[1][0]
    got = np.asarray(got)
    scaler = StandardScaler().fit(X_train)
    hand_scaled = KNeighborsClassifier().fit(scaler.transform(X_train), y_train).predict(X_test.to_numpy())
    if np.array_equal(got, hand_scaled):
        return (
            "Your model learned from scaled numbers but is asked about raw ones: the scaler stayed behind when you "
            "returned the model. Return the scaler and the model together, as one pipeline."
        )
    unprepared = _name(inspected, MODEL) in DISTANCE_BASED or _name(inspected, FIRST_STEP) in DISTANCE_BASED
    only_classes = got.shape == case.truth.shape and np.isin(got, case.truth).all()
    if unprepared and only_classes and np.mean(got == case.truth) < 0.7:
        return (
            "Without scaling, income decides every distance: a gap of 500 euros outweighs the whole range of the "
            "debt ratio (0 to 0.8), so the neighbours are simply people with similar incomes. Put every column on a "
            "similar scale first, inside the model you return (look up StandardScaler and pipelines)."
        )
    return None
