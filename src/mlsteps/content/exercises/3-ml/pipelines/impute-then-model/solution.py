from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler


def train_with_gaps(X_train, y_train):
    """Return a fitted pipeline that fills missing values, scales, and classifies."""
    pipeline = Pipeline(
        [
            ("impute", SimpleImputer(strategy="median")),  # each gap gets its column's training median
            ("scale", StandardScaler()),
            ("model", LogisticRegression(max_iter=1000)),
        ]
    )
    return pipeline.fit(X_train, y_train)
