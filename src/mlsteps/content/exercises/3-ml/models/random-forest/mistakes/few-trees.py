from sklearn.ensemble import RandomForestRegressor


def train_forest(X_train, y_train):
    forest = RandomForestRegressor(n_estimators=2, random_state=0)
    return forest.fit(X_train, y_train)
