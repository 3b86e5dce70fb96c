from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline


def make_model():
    return make_pipeline(TfidfVectorizer(), LogisticRegression())


def strongest_words(texts, labels, n):
    model = make_model().fit(texts, labels)
    pairs = list(zip(model[-1].coef_[0].round(4), model[0].get_feature_names_out()))
    return {
        "positive": [word for _, word in sorted(pairs, reverse=True)[:n]],
        "negative": [word for _, word in sorted(pairs)[:n]],
    }
