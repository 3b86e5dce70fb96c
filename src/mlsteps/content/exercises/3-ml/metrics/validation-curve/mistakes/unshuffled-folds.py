import numpy as np
from sklearn.model_selection import validation_curve
from sklearn.tree import DecisionTreeClassifier

MODEL = DecisionTreeClassifier(random_state=0)


def best_depth(X, y, depths):
    _train, valid = validation_curve(MODEL, X, y, param_name="max_depth", param_range=depths, cv=5)
    means = valid.mean(axis=1).round(3)
    return int(depths[int(np.argmax(means))])
