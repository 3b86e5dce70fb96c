from sklearn.dummy import DummyClassifier


def train_fault_detector(X_train, y_train):
    return DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
