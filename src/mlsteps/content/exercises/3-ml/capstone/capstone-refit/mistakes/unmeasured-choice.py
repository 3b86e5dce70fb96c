import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC = ["monthly_fee", "tenure_months", "support_calls", "age"]
CATEGORIES = ["plan", "region", "autopay"]


def candidates():
    """Two fresh, unfitted pipelines to choose from."""

    def prepare():
        numbers = make_pipeline(SimpleImputer(strategy="median"), StandardScaler())
        categories = OneHotEncoder(handle_unknown="ignore")
        return ColumnTransformer([("numbers", numbers, NUMERIC), ("categories", categories, CATEGORIES)])

    forest = RandomForestClassifier(n_estimators=50, min_samples_leaf=10, random_state=0)
    return {
        "logistic": make_pipeline(prepare(), LogisticRegression(max_iter=1000)),
        "forest": make_pipeline(prepare(), forest),
    }


def final_model(customers, churned, recent, recent_churned):
    everyone = pd.concat([customers, recent])
    answers = pd.concat([churned, recent_churned])
    return candidates()["logistic"].fit(everyone, answers)
