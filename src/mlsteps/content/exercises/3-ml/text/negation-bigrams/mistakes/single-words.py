from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline


def fit_sentiment_model(texts, labels):
    return make_pipeline(CountVectorizer(), LogisticRegression(C=10)).fit(texts, labels)
