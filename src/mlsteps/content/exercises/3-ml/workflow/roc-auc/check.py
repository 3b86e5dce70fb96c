import pandas as pd
from sklearn.datasets import make_classification
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

from mlsteps.engine.cases import case

COLUMNS = ["visits", "basket_eur", "days_since_last", "returns", "newsletter", "discount_used"]


def _split(n_rows, separation, random_state):
    """Customers who will (1) or won't (0) buy again: a table where the classes overlap, as real ones do."""
    X, y = make_classification(
        n_samples=n_rows,
        n_features=6,
        n_informative=4,
        n_redundant=1,
        class_sep=separation,
        flip_y=0.05,
        random_state=random_state,
    )
    X = pd.DataFrame(X.round(3), columns=COLUMNS)
    y = pd.Series(y, name="buys_again")
    return train_test_split(X, y, test_size=0.3, stratify=y, random_state=random_state)


def cases(rng):
    yield case(*_split(200, 0.8, 3), label="the example: 200 customers")
    yield case(*_split(120, 1.5, 11), label="classes easy to tell apart")
    yield case(*_split(300, 0.4, 5), label="classes hard to tell apart")
    for _ in range(4):
        n_rows = rng.randint(100, 400)
        separation = rng.choice([0.5, 0.7, 0.9, 1.1])
        yield case(*_split(n_rows, separation, rng.randint(0, 10_000)), label=f"{n_rows} customers")


def diagnose(case, expected, got):
    X_train, X_test, y_train, y_test = case.args
    if not isinstance(got, int | float) or isinstance(got, bool):
        return None
    model = LogisticRegression(max_iter=1000).fit(X_train, y_train)
    hard = roc_auc_score(y_test, model.predict(X_test))
    if abs(got - hard) < 1e-6:
        return (
            f"This is the ROC AUC of the 0/1 verdicts of predict(), which throws the ranking away: every row "
            f"predicted 1 ties with every other, so the AUC can only see one threshold ({hard:.3f} instead of "
            f"{expected:.3f}). Score the rows with the probability of class 1 instead."
        )
    if abs(got - (1 - expected)) < 1e-6:
        return (
            "This is 1 minus the right answer: you ranked the rows by the probability of class 0 (column 0). "
            "A high score must mean 'likely to be 1': take the column of class 1."
        )
    if abs(got - roc_auc_score(y_train, model.predict_proba(X_train)[:, 1])) < 1e-6:
        return "This is the ROC AUC on the training rows: score the test rows, X_test and y_test."
    return None
