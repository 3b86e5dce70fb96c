from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LinearRegression
from sklearn.pipeline import make_pipeline


def fit_review_model(texts, labels):
    return make_pipeline(TfidfVectorizer(), LinearRegression()).fit(texts, labels)
