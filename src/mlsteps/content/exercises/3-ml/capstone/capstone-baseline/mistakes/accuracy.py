from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

NUMERIC = ["monthly_fee", "tenure_months", "support_calls", "age"]
DUMMY = DummyClassifier(strategy="prior")
BASELINE = make_pipeline(SimpleImputer(strategy="median"), StandardScaler(), LogisticRegression())


def baseline_auc(customers, churned):
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    scores = {}
    for name, model in (("dummy", DUMMY), ("numeric_logistic", BASELINE)):
        scores[name] = round(float(cross_val_score(model, customers[NUMERIC], churned, cv=folds).mean()), 3)
    return scores
