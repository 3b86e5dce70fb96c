from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder
from sklearn.tree import DecisionTreeClassifier

NUMERIC = ["monthly_fee", "tenure_months", "support_calls", "age"]
CATEGORIES = ["plan", "region", "autopay"]


def fit_churn_model(customers, churned):
    prepare = ColumnTransformer(
        [
            ("numbers", SimpleImputer(strategy="median"), NUMERIC),
            ("categories", OneHotEncoder(handle_unknown="ignore"), CATEGORIES),
        ]
    )
    return make_pipeline(prepare, DecisionTreeClassifier(random_state=0)).fit(customers, churned)
