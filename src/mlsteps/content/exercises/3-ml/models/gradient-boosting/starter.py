from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor  # noqa: F401  (you will need it)


def train_boosting(X_train, y_train):
    """Return a histogram gradient boosting regressor trained on (X_train, y_train), missing values included."""
    # This model always predicts the average. Replace it with a HistGradientBoostingRegressor.
    return DummyRegressor(strategy="mean").fit(X_train, y_train)
