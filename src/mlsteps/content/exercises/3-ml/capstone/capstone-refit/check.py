import io

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from threadpoolctl import threadpool_limits

from mlsteps.engine.cases import case, dataset

SUBSCRIBERS = pd.read_csv(io.StringIO(dataset("subscribers.csv")))
LAUNCH = "2024-07-01"  # the family plan's first month
NUMERIC = ["monthly_fee", "tenure_months", "support_calls", "age"]
CATEGORIES = ["plan", "region", "autopay"]
SEEN = "steps.0.1.named_transformers_.numbers.steps.1.1.n_samples_seen_"  # rows the candidates' scaler learned from
TREES = "_final_estimator.n_estimators"  # set for the forest, absent for the logistic regression


def candidates():
    def prepare():
        numbers = make_pipeline(SimpleImputer(strategy="median"), StandardScaler())
        categories = OneHotEncoder(handle_unknown="ignore")
        return ColumnTransformer([("numbers", numbers, NUMERIC), ("categories", categories, CATEGORIES)])

    forest = RandomForestClassifier(n_estimators=50, min_samples_leaf=10, random_state=0)
    return {
        "logistic": make_pipeline(prepare(), LogisticRegression(max_iter=1000)),
        "forest": make_pipeline(prepare(), forest),
    }


def cases(rng):
    older = SUBSCRIBERS[SUBSCRIBERS["signup_date"] < LAUNCH]
    newer = SUBSCRIBERS[SUBSCRIBERS["signup_date"] >= LAUNCH]
    for number in range(3):
        recent = newer.sample(frac=0.5, random_state=rng.randint(0, 10_000))
        hidden = newer.drop(recent.index)
        yield case(
            older.drop(columns="churned"),
            older["churned"],
            recent.drop(columns="churned"),
            recent["churned"],
            predict=hidden.drop(columns="churned"),
            method="predict_proba",
            truth=hidden["churned"].to_numpy(),
            observe=[SEEN, TREES],
            label=f"customers before July 2024, half of the newer ones, the other half hidden ({number + 1})",
        )


WINNERS = {}  # the better candidate of each case, worked out once per judge


def _winner(customers, churned, recent, recent_churned):
    key = (len(customers), tuple(recent.index[:20]))
    if key in WINNERS:
        return WINNERS[key]
    scores = {}
    with threadpool_limits(1):  # small problems: one thread is faster than many
        for name, model in candidates().items():
            model.fit(customers, churned)
            scores[name] = roc_auc_score(recent_churned, model.predict_proba(recent)[:, 1])
    WINNERS[key] = max(scores, key=scores.get), scores
    return WINNERS[key]


def verify(case, got, observed):
    customers, churned, recent, recent_churned = case.args
    given = len(customers) + len(recent)
    seen = observed.get(SEEN)
    if isinstance(seen, int | float) and int(seen) != given:
        return (
            f"Your final model learned from {int(seen)} customers, but you were given {given}: after choosing, "
            "refit the winner on all of them, the older and the recent customers together."
        )
    output = np.asarray(got, dtype=float) if isinstance(got, np.ndarray | list) else None
    hidden = case.then[1][0]
    family = (hidden["plan"] == "family").to_numpy()
    shaped = output is not None and output.ndim == 2 and len(output) == len(family) and family.any()
    if shaped and output[family, 1].mean() >= output[~family, 1].mean():
        return (
            "Your model gives the family plan's customers more risk than the others, though they cancel the "
            "least: it never learned from a family customer. They are all among the recent customers, so "
            "refit the chosen model on all the customers, the recent ones included."
        )
    if observed.get(SEEN) is not None:  # the starter's candidates: check which one was kept
        best, scores = _winner(customers, churned, recent, recent_churned)
        kept = "forest" if observed.get(TREES) is not None else "logistic"
        if kept != best:
            return (
                f"You kept the {kept}, but on the recent customers the {best} ranks better (ROC AUC "
                f"{scores[best]:.3f} against {scores[kept]:.3f}). Choose by the score on the recent customers."
            )
    return None
