from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline


def fit_review_model(texts, labels):
    """A fitted pipeline: raw review texts in, 0 (negative) or 1 (positive) out."""
    model = make_pipeline(TfidfVectorizer(ngram_range=(1, 2)), LogisticRegression(C=10))
    return model.fit(texts, labels)
