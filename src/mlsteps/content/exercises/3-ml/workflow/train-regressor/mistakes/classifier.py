from sklearn.tree import DecisionTreeClassifier


def train_regressor(X_train, y_train):
    return DecisionTreeClassifier(max_depth=5, random_state=0).fit(X_train, y_train)
