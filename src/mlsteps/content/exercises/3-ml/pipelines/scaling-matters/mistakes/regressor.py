from sklearn.neighbors import KNeighborsRegressor
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def fit_neighbours(X_train, y_train):
    return make_pipeline(StandardScaler(), KNeighborsRegressor(n_neighbors=5)).fit(X_train, y_train)
