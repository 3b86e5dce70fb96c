import numpy as np
from sklearn.model_selection import StratifiedKFold, validation_curve
from sklearn.tree import DecisionTreeClassifier

MODEL = DecisionTreeClassifier(random_state=0)


def best_depth(X, y, depths):
    """The depth with the best mean validation accuracy (rounded to 3; ties go to the smallest depth)."""
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    _train, valid = validation_curve(MODEL, X, y, param_name="max_depth", param_range=depths, cv=folds)
    means = valid.mean(axis=1).round(3)
    return int(depths[int(np.argmax(means))])
