import numpy as np
from sklearn.decomposition import PCA


def components_needed(X, share):
    ratios = PCA().fit(X).explained_variance_ratio_
    return int(np.argmax(np.cumsum(ratios) >= share)) + 1
