from sklearn.model_selection import GridSearchCV, KFold
from sklearn.tree import DecisionTreeClassifier

GRID = {"max_depth": [2, 3, 5, 8, None], "min_samples_leaf": [1, 5, 20]}


def best_tree_settings(X, y):
    search = GridSearchCV(DecisionTreeClassifier(random_state=0), GRID, cv=KFold(3, shuffle=True, random_state=0))
    search.fit(X, y)
    return search.best_estimator_
