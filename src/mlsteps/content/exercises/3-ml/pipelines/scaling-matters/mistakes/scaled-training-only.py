from sklearn.neighbors import KNeighborsClassifier
from sklearn.preprocessing import StandardScaler


def fit_neighbours(X_train, y_train):
    X_scaled = StandardScaler().fit_transform(X_train)
    return KNeighborsClassifier(n_neighbors=5).fit(X_scaled, y_train)
