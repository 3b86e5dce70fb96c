from sklearn.dummy import DummyClassifier


def baseline_score(X_train, X_test, y_train, y_test, kind):
    model = DummyClassifier(strategy="most_frequent")
    model.fit(X_train, y_train)
    return model.score(X_test, y_test)
