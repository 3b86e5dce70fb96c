from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC = ["monthly_fee", "tenure_months", "support_calls", "age"]
CATEGORIES = ["plan", "region", "autopay"]


def fit_churn_model(customers, churned):
    """A fitted model whose predict_proba takes raw customer rows (all columns but churned)."""
    prepare = ColumnTransformer(
        [
            ("numbers", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUMERIC),
            ("categories", OneHotEncoder(handle_unknown="ignore"), CATEGORIES),
        ]
    )
    return make_pipeline(prepare, LogisticRegression(max_iter=1000)).fit(customers, churned)
