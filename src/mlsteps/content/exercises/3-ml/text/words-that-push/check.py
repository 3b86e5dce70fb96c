import io

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from threadpoolctl import threadpool_limits

from mlsteps.engine.cases import case, dataset

REVIEWS = pd.read_csv(io.StringIO(dataset("reviews.csv")))


def _subset(seed, rows):
    picked = np.random.default_rng(seed).choice(len(REVIEWS), rows, replace=False)
    return REVIEWS["text"].iloc[picked].tolist(), REVIEWS["label"].iloc[picked].tolist()


def cases(rng):
    yield case(REVIEWS["text"].tolist(), REVIEWS["label"].tolist(), 3, label="the example: all 300 reviews")
    yield case(*_subset(0, 200), 6, label="200 reviews: 'five' and 'stars' tie, and 'money' and 'waste'")
    yield case(REVIEWS["text"].tolist(), REVIEWS["label"].tolist(), 8, label="all 300 reviews, 8 words each way")
    for number in range(2):
        yield case(
            *_subset(rng.randint(0, 10_000), rng.randint(150, 250)),
            rng.randint(4, 7),
            label=f"a sample of the reviews ({number + 1})",
        )


def _weights(texts, labels):
    with threadpool_limits(1):  # small problems: one thread is faster than many
        model = make_pipeline(TfidfVectorizer(), LogisticRegression()).fit(texts, labels)
    return pd.Series(model[-1].coef_[0].round(4), index=model[0].get_feature_names_out())


def diagnose(case, expected, got):
    if not isinstance(got, dict) or set(got) != {"positive", "negative"} or got == expected:
        return None
    texts, labels, _n = case.args
    weights = _weights(texts, labels)
    known = set(weights.index)
    positive, negative = list(got["positive"]), list(got["negative"])
    if not set(positive + negative) <= known:
        return None
    if (
        sorted(negative) == sorted(expected["negative"])
        and [weights[w] for w in negative] == [weights[w] for w in expected["negative"]][::-1]
    ):
        return "The right negative words, in reverse: the negative list starts with the most negative weight."
    for side in ("positive", "negative"):
        mine, want = list(got[side]), expected[side]
        if mine != want and [weights[word] for word in mine] == [weights[word] for word in want]:
            return (
                f"In the {side} list, words with equal weights come in another order: equal weights go in "
                "alphabetical order (a stable sort of the vectorizer's columns keeps it)."
            )
    vectorizer = TfidfVectorizer().fit(texts)
    misaligned = pd.Series(weights.to_numpy(), index=list(vectorizer.vocabulary_))
    if positive == misaligned.sort_values(ascending=False, kind="stable").index[: len(positive)].tolist():
        return (
            "The words and the weights are paired wrongly: the weights come in the order of the vectorizer's "
            "columns, which get_feature_names_out gives; the vocabulary_ dict maps words to column numbers, and "
            "its keys are not in column order."
        )
    return None
