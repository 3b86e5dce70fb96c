from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def fit_neighbours(X_train, y_train):
    """Return a fitted pipeline: scale every column, then a 5-nearest-neighbours classifier."""
    pipeline = make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=5))
    return pipeline.fit(X_train, y_train)
