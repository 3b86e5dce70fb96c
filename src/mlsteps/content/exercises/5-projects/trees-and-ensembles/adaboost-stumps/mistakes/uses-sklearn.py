from sklearn.ensemble import AdaBoostClassifier
from sklearn.tree import DecisionTreeClassifier


def adaboost_predict(X_train, y_train, X_new, rounds):
    model = AdaBoostClassifier(DecisionTreeClassifier(max_depth=1), n_estimators=rounds)
    return model.fit(X_train, y_train).predict(X_new)
