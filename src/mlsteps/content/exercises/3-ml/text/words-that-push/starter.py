import pandas as pd  # noqa: F401  (you will need it)
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline


def make_model():
    return make_pipeline(TfidfVectorizer(), LogisticRegression())


def strongest_words(texts, labels, n):
    """The n words with the largest and the n with the most negative weights (rounded to 4; ties alphabetical)."""
    # Not fitted yet, and no weights read: just the first words of the first texts.
    words = " ".join(texts).lower().split()
    return {"positive": words[:n], "negative": words[n : 2 * n]}
