import pandas as pd
from sklearn.ensemble import RandomForestClassifier


def top_features(X, y):
    forest = RandomForestClassifier(n_estimators=100, random_state=0).fit(X, y)
    importances = pd.Series(forest.feature_importances_, index=X.columns)
    return importances.sort_values().index[:3].tolist()
