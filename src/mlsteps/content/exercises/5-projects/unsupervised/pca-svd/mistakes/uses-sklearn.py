import numpy as np
from sklearn.decomposition import PCA


def pca(X, k):
    model = PCA(n_components=k).fit(X)
    return model.transform(X), model.explained_variance_ratio_
