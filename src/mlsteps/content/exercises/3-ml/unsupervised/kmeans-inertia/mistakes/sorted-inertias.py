from sklearn.cluster import KMeans
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def make_model(k):
    return make_pipeline(StandardScaler(), KMeans(n_clusters=k, n_init=10, random_state=0))


def inertias(X, ks):
    return sorted(round(float(make_model(k).fit(X)[-1].inertia_), 2) for k in ks)
