from sklearn.tree import DecisionTreeRegressor


def train_forest(X_train, y_train):
    """Return an ensemble of trees trained on (X_train, y_train)."""
    # One tree, grown as deep as it likes. Replace it with an ensemble.
    return DecisionTreeRegressor(random_state=0).fit(X_train, y_train)
