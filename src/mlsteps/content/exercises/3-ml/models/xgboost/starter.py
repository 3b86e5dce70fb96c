from sklearn.dummy import DummyClassifier


def train_xgboost(X_train, y_train):
    """Return a trained XGBoost classifier (on one thread) for the fraud table."""
    # This model always answers "no fraud". Replace it with an XGBoost classifier.
    return DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
