import io
import warnings

import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from threadpoolctl import threadpool_limits

from mlsteps.engine.cases import case, dataset

SUBSCRIBERS = pd.read_csv(io.StringIO(dataset("subscribers.csv")))
NUMERIC = ["monthly_fee", "tenure_months", "support_calls", "age"]


def split(table):
    return table.drop(columns="churned").reset_index(drop=True), table["churned"].reset_index(drop=True)


def cases(rng):
    yield case(*split(SUBSCRIBERS), label="the example: all of subscribers.csv")
    for number in range(3):
        sample = SUBSCRIBERS.sample(rng.randint(400, 900), random_state=rng.randint(0, 10_000)).sort_index()
        yield case(*split(sample), label=f"a sample of the subscribers, in signup order ({number + 1})")


MEASURED = {}  # what diagnose measures on a case, kept so each mistake does not measure it again


def diagnose(case, expected, got):
    if not isinstance(got, dict) or set(got) != set(expected) or got == expected:
        return None
    customers, churned = case.args
    if isinstance(got.get("dummy"), float) and got["dummy"] > 0.6:
        return (
            "The dummy scores well above 0.5: that is accuracy, the default score, and with 20% cancelling a model "
            "that predicts 'stays' for everyone is right 80% of the time. Score with ROC AUC (scoring=\"roc_auc\")."
        )
    if case.label not in MEASURED:
        baseline = make_pipeline(SimpleImputer(strategy="median"), StandardScaler(), LogisticRegression())
        with threadpool_limits(1), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            auc = cross_val_score(baseline, customers[NUMERIC], churned, scoring="roc_auc", cv=5).mean()
        MEASURED[case.label] = round(float(auc), 3)
    if got.get("numeric_logistic") == MEASURED[case.label]:
        return (
            "These folds were cut in signup order, each a stretch of time. Use the folds the prompt gives, "
            "StratifiedKFold(5, shuffle=True, random_state=0)."
        )
    return None
