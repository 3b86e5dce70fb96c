from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def tune_neighbours(X_train, y_train):
    """Return a RandomizedSearchCV over a scaled KNN pipeline, fitted on the training rows."""
    pipeline = make_pipeline(StandardScaler(), KNeighborsClassifier())
    # No search yet: this is the pipeline with its default settings.
    return pipeline.fit(X_train, y_train)
