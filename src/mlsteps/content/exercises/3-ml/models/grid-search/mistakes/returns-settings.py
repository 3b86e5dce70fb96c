from sklearn.model_selection import GridSearchCV
from sklearn.tree import DecisionTreeClassifier


def tune_tree(X_train, y_train):
    grid = {"max_depth": [2, 3, 5, 8, None], "min_samples_leaf": [1, 5, 20]}
    search = GridSearchCV(DecisionTreeClassifier(random_state=0), grid, cv=5).fit(X_train, y_train)
    return search.best_params_
