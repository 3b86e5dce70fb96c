from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer  # noqa: F401  (you will need them)
from sklearn.linear_model import LogisticRegression  # noqa: F401
from sklearn.pipeline import Pipeline  # noqa: F401
from sklearn.preprocessing import StandardScaler  # noqa: F401


def train_with_gaps(X_train, y_train):
    """Return a fitted pipeline that fills missing values, scales, and classifies."""
    # This stand-in ignores the measurements (so the gaps don't bother it) and always gives the most common class.
    # Replace it with a Pipeline: a SimpleImputer, a StandardScaler and a LogisticRegression(max_iter=1000).
    return DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
