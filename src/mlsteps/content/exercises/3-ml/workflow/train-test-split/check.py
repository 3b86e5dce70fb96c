import numpy as np
import pandas as pd
from sklearn.datasets import load_iris, make_classification
from sklearn.model_selection import train_test_split

from mlsteps.engine.cases import case

IRIS = load_iris(as_frame=True)


def _table(n_rows, positive_share, random_state):
    """A small two-class table where the positive class is rare: the case where stratifying matters."""
    X, y = make_classification(
        n_samples=n_rows,
        n_features=4,
        n_informative=3,
        n_redundant=0,
        weights=[1 - positive_share],
        flip_y=0,
        random_state=random_state,
    )
    X = pd.DataFrame(X.round(2), columns=["age", "income", "visits", "spend"])
    return X, pd.Series(y, name="churned")


def cases(rng):
    fruit = pd.DataFrame({"weight_g": [150, 120, 170, 130, 160, 110, 140, 180, 125, 155]})
    kind = pd.Series(["apple", "pear"] * 5, name="kind")
    yield case(fruit, kind, 0, label="the example: 10 fruits")
    yield case(*_table(50, 0.2, 1), 42, label="50 customers, 20% churned")
    yield case(IRIS.data, IRIS.target, 7, label="the iris flowers, 3 classes")
    for _ in range(4):
        n_rows = rng.randint(60, 200)
        share = rng.choice([0.1, 0.15, 0.25, 0.3])
        yield case(
            *_table(n_rows, share, rng.randint(0, 10_000)),
            rng.randint(0, 1000),
            label=f"{n_rows} customers, a share of {share:.0%} churned",
        )


def _share_text(y):
    shares = y.value_counts(normalize=True).sort_index()
    return ", ".join(f"{share:.0%} {label!r}" for label, share in shares.items())


def diagnose(case, expected, got):
    X, y, seed = case.args
    if not isinstance(got, tuple | list) or len(got) != 4:
        return "Return the four parts: the training features, the test features, then the two class parts."
    if isinstance(got[1], pd.Series) and isinstance(got[2], pd.DataFrame):
        return "The parts come back in the order X_train, X_test, y_train, y_test: unpack them in that order."
    X_test, y_test = got[1], got[3]
    if not isinstance(X_test, pd.DataFrame) or not isinstance(y_test, pd.Series):
        return None
    if len(X_test) == len(X):
        return "Your test part holds every row: the test rows must be kept apart, 20% of the table."
    if list(X_test.index) == list(X.index[len(X) - len(X_test) :]):
        return (
            "Your test part is simply the last rows of the table: the rows were not shuffled. If the table was "
            "sorted (by date, by class), the test rows would be unlike the training rows. Shuffle them, with the "
            "seed as the random state."
        )
    plain = train_test_split(X, y, test_size=0.2, random_state=seed)
    if list(X_test.index) == list(plain[1].index):
        return (
            f"This split is not stratified. In all the data the classes are {_share_text(y)}; in your test "
            f"part they are {_share_text(y_test)}. A split stratified by the classes keeps each share in both parts."
        )
    if len(X_test) != int(np.ceil(len(X) * 0.2)):
        return f"The test part should hold 20% of the rows: {int(np.ceil(len(X) * 0.2))} here."
    return None
