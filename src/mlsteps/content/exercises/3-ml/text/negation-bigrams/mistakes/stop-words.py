from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline


def fit_sentiment_model(texts, labels):
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), stop_words="english")
    return make_pipeline(vectorizer, LogisticRegression(C=10)).fit(texts, labels)
