from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline


def fit_digit_model(images, digits):
    return make_pipeline(LogisticRegression(max_iter=2000)).fit(images, digits)
