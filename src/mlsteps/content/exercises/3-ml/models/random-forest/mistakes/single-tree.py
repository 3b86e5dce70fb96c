from sklearn.tree import DecisionTreeRegressor


def train_forest(X_train, y_train):
    tree = DecisionTreeRegressor()
    return tree.fit(X_train, y_train)
