from mlsteps.engine.cases import case

POOL = [
    "mean", "median", "row", "column", "value", "table", "model", "data", "plot", "sum",
    "x", "temperature", "price", "label", "feature", "score", "naïve", "año",
]


def cases(rng):
    yield case(["data", "is", "fun"], label="the example")
    yield case([], label="an empty list")
    yield case(["cat", "dog", "cat"], label="a word that comes twice")
    yield case(["solo"], label="one word")
    yield case(["", "a"], label="an empty string")
    yield case(["café", "naïve", "東京"], label="letters beyond English")
    for _ in range(5):
        words = [rng.choice(POOL) for _ in range(rng.randint(2, 10))]
        yield case(words, label="random words")


def diagnose(case, expected, got):
    (words,) = case.args
    if isinstance(got, list | tuple) and [tuple(pair) for pair in got if isinstance(pair, list | tuple)] == [
        (word, len(word)) for word in words
    ]:
        return (
            "You built a list of (word, length) pairs, but the answer is a dict: a dict comprehension uses "
            "curly braces and a colon between key and value."
        )
    if isinstance(got, dict) and got == {len(word): word for word in words} and got != expected:
        return "Keys and values are swapped: the word is the key (before the colon), its length the value."
    return None
