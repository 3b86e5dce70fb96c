from scipy.stats import randint
from sklearn.model_selection import KFold, RandomizedSearchCV
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
    search = RandomizedSearchCV(
        pipeline, SPACE, n_iter=10, cv=KFold(3, shuffle=True, random_state=0), random_state=0
    )
    return search.fit(X_train, y_train)
