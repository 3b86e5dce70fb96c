from mlsteps.engine.cases import case

WORDS = ["data", "model", "the", "a", "test", "train", "score", "good", "bad", "is", "very", "great"]


def _counts(words):
    counts = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return counts


def cases(rng):
    yield case("the cat saw The dog", label="the example")
    yield case("", label="an empty text")
    yield case("Hello", label="one word")
    yield case("data DATA Data dAtA", label="one word in four spellings")
    yield case("  spaces   before and  after  ", label="extra spaces")
    yield case("first line\nsecond line\n", label="two lines")
    yield case("Café café naïve", label="accented letters")
    for _ in range(5):
        words = [rng.choice(WORDS) for _ in range(rng.randint(3, 15))]
        words = [word.upper() if rng.random() < 0.2 else word.title() if rng.random() < 0.2 else word for word in words]
        yield case(" ".join(words), label="a random sentence")


def diagnose(case, expected, got):
    (text,) = case.args
    if not isinstance(got, dict) or got == expected:
        return None
    if got == _counts(text.split()):
        word = next(key for key in got if key != key.lower())
        return (
            f"{word!r} and {word.lower()!r} are the same word here: lower-case the text "
            "before you split and count."
        )
    if got and all(isinstance(key, str) and len(key) == 1 for key in got):
        return (
            "Your keys are single characters: a `for` loop over a string gives its characters one by one. "
            "Split the text into words first."
        )
    if "" in got or any(isinstance(key, str) and key != key.strip() for key in got):
        return (
            "Some of your words are empty or hold spaces or new lines: `split(' ')` cuts at every single space. "
            "`split()` with nothing between the brackets cuts at any run of whitespace and drops empty pieces."
        )
    return None
