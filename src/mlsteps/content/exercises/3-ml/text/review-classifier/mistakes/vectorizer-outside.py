from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression


def fit_review_model(texts, labels):
    features = TfidfVectorizer().fit_transform(texts)
    return LogisticRegression().fit(features, labels)
