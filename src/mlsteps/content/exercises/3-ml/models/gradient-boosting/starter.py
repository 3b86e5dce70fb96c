from sklearn.dummy import DummyRegressor


def train_boosting(X_train, y_train):
    """Return a regressor trained on (X_train, y_train) that predicts for new hours, missing values included."""
    # This model always predicts the average. Replace it.
    return DummyRegressor(strategy="mean").fit(X_train, y_train)
