from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def make_model(k):
    return make_pipeline(StandardScaler(), KMeans(n_clusters=k, n_init=10, random_state=0))


def best_k(X, ks):
    best, best_score = None, -2.0
    for k in ks:
        model = make_model(k).fit(X)
        score = round(float(silhouette_score(model[0].transform(X), model[-1].labels_)), 3)
        if score >= best_score:
            best, best_score = k, score
    return best
