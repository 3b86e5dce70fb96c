from sklearn.model_selection import GridSearchCV, KFold  # noqa: F401  (you will need them)
from sklearn.tree import DecisionTreeClassifier  # noqa: F401

GRID = {"max_depth": [2, 3, 5, 8, None], "min_samples_leaf": [1, 5, 20]}


def best_tree_settings(X, y):
    """The settings from GRID that give the best 3-fold cross-validated accuracy."""
    # Search every combination in GRID with cross-validation, and return the best one.
    return {}
