from sklearn.cluster import KMeans
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def make_model(k):
    return make_pipeline(StandardScaler(), KMeans(n_clusters=k, n_init=10, random_state=0))


def best_k(X, ks):
    scores = {k: make_model(k).fit(X)[-1].inertia_ for k in ks}
    return min(scores, key=scores.get)
