from sklearn.decomposition import PCA
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline


def fit_digit_model(images, digits):
    return make_pipeline(PCA(n_components=40), LogisticRegression(max_iter=2000)).fit(images, digits)
