from sklearn.cluster import KMeans


def inertias(X, ks):
    return [round(float(KMeans(n_clusters=k, n_init=10, random_state=0).fit(X).inertia_), 2) for k in ks]
