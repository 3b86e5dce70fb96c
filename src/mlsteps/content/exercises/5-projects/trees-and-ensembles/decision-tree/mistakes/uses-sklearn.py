from sklearn.tree import DecisionTreeClassifier


def tree_predict(X_train, y_train, X_new, max_depth):
    model = DecisionTreeClassifier(max_depth=max_depth if max_depth > 0 else None)
    return model.fit(X_train, y_train).predict(X_new)
