from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler


def fit_table_model(X_train, y_train, numeric, categorical):
    """Scale the `numeric` columns, one-hot encode the `categorical` ones, then fit a logistic regression."""
    prepare = ColumnTransformer(
        [
            ("numbers", StandardScaler(), numeric),
            ("categories", OneHotEncoder(handle_unknown="ignore"), categorical),
        ]
    )
    pipeline = Pipeline([("prepare", prepare), ("model", LogisticRegression(max_iter=1000))])
    return pipeline.fit(X_train, y_train)
