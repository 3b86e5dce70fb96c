from sklearn.compose import ColumnTransformer
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline

NUMERIC = ["monthly_fee", "tenure_months", "support_calls", "age"]


def fit_churn_model(customers, churned):
    prepare = ColumnTransformer([("numbers", SimpleImputer(strategy="median"), NUMERIC)])
    forest = RandomForestClassifier(n_estimators=100, min_samples_leaf=20, random_state=0)
    return make_pipeline(prepare, forest).fit(customers, churned)
