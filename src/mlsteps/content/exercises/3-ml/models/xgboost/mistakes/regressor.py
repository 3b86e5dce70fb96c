from xgboost import XGBRegressor


def train_xgboost(X_train, y_train):
    return XGBRegressor(n_estimators=100, max_depth=3, learning_rate=0.1, n_jobs=1).fit(X_train, y_train)
