import numpy as np
from sklearn.cluster import KMeans


def kmeans(X, initial_centres, steps):
    model = KMeans(n_clusters=len(initial_centres), init=initial_centres, n_init=1, max_iter=steps).fit(X)
    return model.cluster_centers_, model.labels_
