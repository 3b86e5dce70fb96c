import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline


def make_model():
    return make_pipeline(TfidfVectorizer(), LogisticRegression())


def strongest_words(texts, labels, n):
    """The n words with the largest and the n with the most negative weights (rounded to 4; ties alphabetical)."""
    model = make_model().fit(texts, labels)
    weights = pd.Series(model[-1].coef_[0].round(4), index=model[0].get_feature_names_out())
    return {
        "positive": weights.sort_values(ascending=False, kind="stable").index[:n].tolist(),
        "negative": weights.sort_values(ascending=True, kind="stable").index[:n].tolist(),
    }
