from sklearn.ensemble import RandomForestRegressor


def train_forest(X_train, y_train):
    """Return a random forest of 100 trees trained on (X_train, y_train)."""
    forest = RandomForestRegressor(n_estimators=100, random_state=0)
    return forest.fit(X_train, y_train)
