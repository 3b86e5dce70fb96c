from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler  # noqa: F401  (you will need them)


def fit_table_model(X_train, y_train, numeric, categorical):
    """Scale the `numeric` columns, one-hot encode the `categorical` ones, then fit a logistic regression."""
    # For now the numbers pass through untouched and the categories are dropped: give each kind its step.
    prepare = ColumnTransformer([("numbers", "passthrough", numeric)])
    pipeline = Pipeline([("prepare", prepare), ("model", LogisticRegression(max_iter=1000))])
    return pipeline.fit(X_train, y_train)
