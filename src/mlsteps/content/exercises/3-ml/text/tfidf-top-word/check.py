import io

import pandas as pd
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

from mlsteps.engine.cases import case, dataset

REVIEWS = pd.read_csv(io.StringIO(dataset("reviews.csv")))["text"].tolist()


def cases(rng):
    yield case(["the kettle is great", "the lamp is great", "the tent leaked"], label="the example")
    yield case(
        ["a good good pen", "a good lamp", "a pen and a lamp", "good good good"],
        label="repeated words, and words shared between texts",
    )
    for number in range(3):
        yield case(rng.sample(REVIEWS, rng.randint(8, 15)), label=f"reviews from reviews.csv ({number + 1})")


def diagnose(case, expected, got):
    if not isinstance(got, list) or len(got) != len(expected) or got == expected:
        return None
    texts = case.args[0]
    counts = CountVectorizer()
    table = counts.fit_transform(texts).toarray()
    if got == counts.get_feature_names_out()[table.argmax(axis=1)].tolist():
        return (
            'These are the most frequent words of each text, by raw counts: common words such as "the" win. '
            "TF-IDF weighs each count by how rare the word is across the texts."
        )
    tfidf = TfidfVectorizer()
    weights = tfidf.fit_transform(texts).toarray()
    names = tfidf.get_feature_names_out()
    ties = []
    for row, (want, have) in enumerate(zip(expected, got, strict=False)):
        if want == have:
            continue
        column = list(names).index(have) if have in names else None
        if column is None or weights[row, column] != weights[row].max():
            return None  # a plain wrong word, not a tie broken the other way
        ties.append((row, want, have))
    if ties:
        row, want, have = ties[0]
        return (
            f"In text {row}, {want!r} and {have!r} share the highest weight; the tie goes to the word first in "
            "alphabetical order."
        )
    return None
