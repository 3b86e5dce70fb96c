from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score


def best_k(X, ks):
    best, best_score = None, -2.0
    for k in ks:
        labels = KMeans(n_clusters=k, n_init=10, random_state=0).fit(X).labels_
        score = round(float(silhouette_score(X, labels)), 3)
        if score > best_score:
            best, best_score = k, score
    return best
