from sklearn.dummy import DummyClassifier
from xgboost import XGBClassifier  # noqa: F401  (you will need it)


def train_xgboost(X_train, y_train):
    """Return an XGBoost classifier (100 trees of depth 3, one thread) trained on (X_train, y_train)."""
    # This model always answers "no fraud". Replace it with an XGBClassifier.
    return DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
