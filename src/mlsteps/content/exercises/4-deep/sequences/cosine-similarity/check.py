import math

import numpy as np

from mlsteps.engine.cases import case, tensor

WORDS = ["good", "great", "fine", "bad", "awful", "film", "movie", "plot", "the"]
VECTORS = [[2.0, 1.0, 0.0], [4.0, 2.5, 0.2], [1.0, 0.4, 0.3], [-2.0, -1.0, 0.1], [-6.0, -2.0, 0.0],
           [0.1, 0.0, 3.0], [0.3, 0.1, 2.5], [0.0, 0.8, 2.0], [0.0, 0.0, 0.0]]


def words_case(words, vectors, query, k, label):
    return case(tensor(np.asarray(vectors, dtype=np.float32)), list(words), query, k, label=label)


def cases(rng):
    numbers = np.random.default_rng(rng.randint(0, 2**32 - 1))
    yield words_case(WORDS, VECTORS, "good", 3, "the example")
    yield words_case(WORDS, VECTORS, "film", 2, "a long vector is not more similar: only the direction counts")
    yield words_case(["cat", "zebra", "dog", "ant"], [[1, 1], [2, 0], [0, 1], [2, 0]], "cat", 3,
                     "two words with the same vector: a tie, in alphabetical order")
    yield words_case(WORDS, VECTORS, "the", 2, "the query is a zero vector: every similarity is 0")
    yield words_case(WORDS, VECTORS, "bad", 8, "every other word, from the most similar to the least")
    for _ in range(4):
        count, dim = int(numbers.integers(4, 12)), int(numbers.integers(2, 6))
        vectors = np.round(numbers.normal(0, 1, (count, dim)) * numbers.uniform(0.2, 5, (count, 1)), 2)
        words = [f"w{number:02d}" for number in numbers.permutation(count)]
        yield words_case(words, vectors, words[int(numbers.integers(count))], int(numbers.integers(1, count)),
                         "random vectors")


def dot_products(case):
    vectors = np.asarray(case.args[0].values, dtype=float)
    words, query = case.args[1], case.args[2]
    return dict(zip(words, vectors @ vectors[words.index(query)], strict=True))


def diagnose(case, expected, got):
    if not isinstance(got, list) or not all(isinstance(pair, tuple | list) and len(pair) == 2 for pair in got):
        return None
    words, query, k = case.args[1], case.args[2], case.args[3]
    dots = dot_products(case)
    named = [pair[0] for pair in got]
    if query in named:
        return "The query word itself is in your list: it is always most similar to itself, so leave it out."
    values = [pair[1] for pair in got]
    if any(isinstance(value, float) and math.isnan(value) for value in values):
        return (
            "Some similarities are NaN: a vector of zeros has no direction, and dividing by its length 0 gives NaN. "
            "Call the similarity of a zero vector 0."
        )
    by_dot = sorted((word for word in words if word != query), key=lambda word: (-dots[word], word))[:k]
    if named == by_dot and named != [pair[0] for pair in expected]:
        return (
            "Your ranking follows the dot product, in which long vectors win whatever their direction. Cosine "
            "similarity divides by both vectors' lengths, so only the direction counts."
        )
    ties = [pair[0] for pair in expected]
    if sorted(named) == sorted(ties) and named != ties:
        return "Two words are exactly as similar here: put them in alphabetical order."
    return None
