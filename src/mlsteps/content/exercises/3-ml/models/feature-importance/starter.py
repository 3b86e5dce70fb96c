import pandas as pd  # noqa: F401  (you may need it)
from sklearn.ensemble import RandomForestClassifier


def top_features(X, y):
    """The names of the 3 columns a random forest relies on most, most important first."""
    forest = RandomForestClassifier(n_estimators=100, random_state=0).fit(X, y)
    # forest.feature_importances_ holds one number per column of X: find the 3 largest.
    return []
