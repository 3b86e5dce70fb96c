import csv
import io
import re

import numpy as np

from mlsteps.engine.cases import case, dataset


def _reviews():
    return [row["text"] for row in csv.DictReader(io.StringIO(dataset("reviews.csv")))]


def _weights(documents, lower=True, binary=False, plus_one=True, order="sorted"):
    words = [re.findall(r"[A-Za-z0-9]+", text.lower() if lower else text) for text in documents]
    seen = [word for document in words for word in document]
    vocabulary = sorted(set(seen)) if order == "sorted" else list(dict.fromkeys(seen))
    counts = np.array([[document.count(word) for word in vocabulary] for document in words], dtype=float)
    counts = counts.reshape(len(documents), len(vocabulary))
    if binary:
        counts = (counts > 0).astype(float)
    idf = np.log((1 + len(documents)) / (1 + (counts > 0).sum(axis=0))) + (1 if plus_one else 0)
    weights = counts * idf
    lengths = np.linalg.norm(weights, axis=1, keepdims=True)
    return vocabulary, np.divide(weights, lengths, out=np.zeros_like(weights), where=lengths > 0)


def cases(rng):
    yield case(["red fish", "blue fish", "Red red!"], label="the example")
    yield case(["The cat sat.", "THE DOG SAT", "the end"], label="capitals: The, THE and the are one word")
    yield case(["go go go team", "team spirit", "go home"], label="a word three times in one document")
    yield case(["tea and cake", "tea and toast", "tea and jam"], label="two words in every document")
    yield case(["first post", "", "!!! ...", "post 2 of 2"], label="documents with no words")
    yield case(["zebra apple mango", "mango zebra"], label="words first seen out of alphabetical order")
    reviews = _reviews()
    for size in (4, 6, 8):
        picked = [reviews[rng.randrange(len(reviews))] for _ in range(size)]
        yield case(picked, label=f"{size} reviews from reviews.csv")


def _same(got, variant):
    vocabulary, weights = variant
    try:
        return list(got[0]) == vocabulary and np.allclose(np.asarray(got[1], dtype=float), weights, atol=1e-7)
    except (TypeError, ValueError, IndexError):
        return False


def diagnose(case, expected, got):
    if not isinstance(got, list | tuple) or len(got) != 2:
        return "Return a tuple of two things: the vocabulary (a list of words) and the weights (a 2-D array)."
    documents = case.args[0]
    if np.isnan(np.asarray(got[1], dtype=float)).any():
        return (
            "Some weights are nan: a document with no words at all has a row of zeros, whose length is 0, and "
            "dividing by 0 gives nan. Leave such a row as zeros."
        )
    if _same(got, _weights(documents, lower=False)):
        return "Your words keep their capitals, so 'The' and 'the' are two words: lower-case the text first."
    if _same(got, _weights(documents, binary=True)):
        return (
            "Your term frequency is 1 whether a word appears once or three times. Count how many times each word "
            "appears in the document."
        )
    if _same(got, _weights(documents, plus_one=False)):
        return (
            "Your idf leaves out the plus 1 at the end, so a word found in every document weighs 0 and disappears. "
            "Keep both + 1s of the formula."
        )
    if _same(got, _weights(documents, order="seen")):
        return "The vocabulary must be sorted alphabetically, with the columns in the same order."
    return None
