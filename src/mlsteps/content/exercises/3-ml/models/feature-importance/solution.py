import pandas as pd
from sklearn.ensemble import RandomForestClassifier


def top_features(X, y):
    """The names of the 3 columns a random forest relies on most, most important first."""
    forest = RandomForestClassifier(n_estimators=100, random_state=0).fit(X, y)
    importances = pd.Series(forest.feature_importances_, index=X.columns)
    return importances.sort_values(ascending=False).index[:3].tolist()
