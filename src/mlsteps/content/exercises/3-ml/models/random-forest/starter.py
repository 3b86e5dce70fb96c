from sklearn.ensemble import RandomForestRegressor  # noqa: F401  (you will need it)
from sklearn.tree import DecisionTreeRegressor


def train_forest(X_train, y_train):
    """Return a random forest of 100 trees trained on (X_train, y_train)."""
    # One tree, grown as deep as it likes. Replace it with a forest.
    return DecisionTreeRegressor(random_state=0).fit(X_train, y_train)
