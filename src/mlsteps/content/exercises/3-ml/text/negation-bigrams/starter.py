from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline


def fit_sentiment_model(texts, labels):
    """A fitted pipeline that reads "not good" as negative and "not bad" as positive."""
    # Single words only: "not" is just another word to this model.
    return make_pipeline(TfidfVectorizer(), LogisticRegression()).fit(texts, labels)
