import numpy as np
from sklearn.ensemble import RandomForestClassifier


def top_features(X, y):
    forest = RandomForestClassifier(n_estimators=100, random_state=0).fit(X, y)
    order = np.argsort(forest.feature_importances_)[::-1]
    return [int(i) for i in order[:3]]
