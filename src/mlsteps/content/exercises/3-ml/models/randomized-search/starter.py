from scipy.stats import randint
from sklearn.model_selection import KFold, RandomizedSearchCV  # noqa: F401  (you will need them)
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

SPACE = {
    "kneighborsclassifier__n_neighbors": randint(1, 50),
    "kneighborsclassifier__weights": ["uniform", "distance"],
    "kneighborsclassifier__p": [1, 2],
}


def tune_neighbours(X_train, y_train):
    """Search 10 random settings of a scaled KNN pipeline with 3-fold cross-validation; return the fitted search."""
    pipeline = make_pipeline(StandardScaler(), KNeighborsClassifier())
    # No search yet: this is the pipeline with its default settings. Wrap it in a RandomizedSearchCV.
    return pipeline.fit(X_train, y_train)
