import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline


def make_model():
    return make_pipeline(TfidfVectorizer(), LogisticRegression())


def strongest_words(texts, labels, n):
    model = make_model().fit(texts, labels)
    weights = pd.Series(model[-1].coef_[0].round(4), index=list(model[0].vocabulary_))
    return {
        "positive": weights.sort_values(ascending=False, kind="stable").index[:n].tolist(),
        "negative": weights.sort_values(ascending=True, kind="stable").index[:n].tolist(),
    }
