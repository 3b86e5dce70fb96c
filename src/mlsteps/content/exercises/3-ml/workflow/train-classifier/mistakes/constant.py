from sklearn.dummy import DummyClassifier


def train_classifier(X_train, y_train):
    return DummyClassifier(strategy="stratified", random_state=0).fit(X_train, y_train)
