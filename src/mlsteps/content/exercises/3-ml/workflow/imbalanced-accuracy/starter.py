from sklearn.dummy import DummyClassifier


def train_fault_detector(X_train, y_train):
    """Return a classifier trained on (X_train, y_train) that finds the rare faulty parts (class 1)."""
    # This model always says "fine" (0): 95% accuracy, and not one faulty part found. Replace it.
    return DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
