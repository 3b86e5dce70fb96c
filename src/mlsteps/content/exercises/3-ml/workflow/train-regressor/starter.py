from sklearn.dummy import DummyRegressor


def train_regressor(X_train, y_train):
    """Return a regression model trained on (X_train, y_train)."""
    # This model ignores the inputs and always predicts the mean: replace it with one that learns from them.
    return DummyRegressor(strategy="mean").fit(X_train, y_train)
