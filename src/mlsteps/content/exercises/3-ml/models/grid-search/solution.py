from sklearn.model_selection import GridSearchCV, KFold
from sklearn.tree import DecisionTreeClassifier

GRID = {"max_depth": [2, 3, 5, 8, None], "min_samples_leaf": [1, 5, 20]}  # 15 combinations


def tune_tree(X_train, y_train):
    """Return a GridSearchCV over a decision tree's settings, fitted on the training rows."""
    folds = KFold(5, shuffle=True, random_state=0)
    search = GridSearchCV(DecisionTreeClassifier(random_state=0), GRID, cv=folds)
    return search.fit(X_train, y_train)
