from sklearn.linear_model import LinearRegression


def train_regressor(X_train, y_train):
    """Return a regression model trained on (X_train, y_train)."""
    return LinearRegression().fit(X_train, y_train)
