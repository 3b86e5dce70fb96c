from sklearn.ensemble import HistGradientBoostingRegressor


def train_boosting(X_train, y_train):
    """Return a histogram gradient boosting regressor trained on (X_train, y_train), missing values included."""
    model = HistGradientBoostingRegressor(random_state=0)
    return model.fit(X_train, y_train)
