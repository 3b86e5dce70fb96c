from sklearn.decomposition import PCA
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline


def fit_digit_model(images, digits):
    """A fitted pipeline: PCA (named "pca", at most 20 components), then a classifier."""
    return make_pipeline(PCA(n_components=20), KNeighborsClassifier()).fit(images, digits)
