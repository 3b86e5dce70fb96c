from sklearn.ensemble import RandomForestClassifier


def train_classifier(X_train, y_train):
    """Return a classifier trained on (X_train, y_train)."""
    return RandomForestClassifier(n_estimators=100, random_state=0).fit(X_train, y_train)
