from scipy.stats import randint
from sklearn.model_selection import KFold, RandomizedSearchCV
from sklearn.neighbors import KNeighborsClassifier

SPACE = {
    "n_neighbors": randint(1, 50),
    "weights": ["uniform", "distance"],
    "p": [1, 2],
}


def tune_neighbours(X_train, y_train):
    search = RandomizedSearchCV(
        KNeighborsClassifier(), SPACE, n_iter=10, cv=KFold(3, shuffle=True, random_state=0), random_state=0
    )
    return search.fit(X_train, y_train)
