import numpy as np
from sklearn.decomposition import PCA
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def components_needed(X, share):
    ratios = make_pipeline(StandardScaler(), PCA()).fit(X)[-1].explained_variance_ratio_
    return int(np.argmax(np.cumsum(ratios) >= share))
