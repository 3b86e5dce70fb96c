from sklearn.ensemble import GradientBoostingRegressor


def train_boosting(X_train, y_train):
    return GradientBoostingRegressor(random_state=0).fit(X_train, y_train)
