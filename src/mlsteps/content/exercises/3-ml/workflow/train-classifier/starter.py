from sklearn.dummy import DummyClassifier


def train_classifier(X_train, y_train):
    """Return a classifier trained on (X_train, y_train)."""
    # This model ignores the inputs: replace it with one that learns from them.
    return DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
