from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: F401  (you will need these)
from sklearn.linear_model import LogisticRegression  # noqa: F401
from sklearn.pipeline import make_pipeline


def fit_review_model(texts, labels):
    """A fitted pipeline: raw review texts in, 0 (negative) or 1 (positive) out."""
    # A placeholder that ignores the words and always predicts the most common label.
    return make_pipeline(DummyClassifier(strategy="most_frequent")).fit(texts, labels)
