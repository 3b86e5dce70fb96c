from sklearn.model_selection import GridSearchCV
from sklearn.tree import DecisionTreeClassifier


def tune_tree(X_train, y_train):
    search = GridSearchCV(DecisionTreeClassifier(random_state=0), {"max_depth": [4]}, cv=5)
    return search.fit(X_train, y_train)
