from collections import Counter

from mlsteps.engine.cases import case

WORDS = ["data", "model", "the", "a", "test", "train", "score", "good", "bad", "is", "very", "zero"]


def cases(rng):
    yield case("the cat and the dog and The bird", 2, label="the example")
    yield case("b a c a b", 5, label="the example: a tie, and n larger than the words")
    yield case("", 3, label="no words")
    yield case("Data data DATA model Model", 1, label="one word in several spellings")
    yield case("zebra apple zebra apple mango", 2, label="a tie where alphabetical order differs")
    yield case("one two three", 0, label="n = 0")
    for _ in range(5):
        words = [rng.choice(WORDS) for _ in range(rng.randint(4, 20))]
        words = [word.upper() if rng.random() < 0.2 else word for word in words]
        yield case(" ".join(words), rng.randint(1, 6), label="a random text")


def diagnose(case, expected, got):
    text, _n = case.args
    if not isinstance(got, list) or got == expected:
        return None
    pairs = [tuple(item) for item in got if isinstance(item, list | tuple) and len(item) == 2]
    if len(pairs) != len(got):
        return None
    if len(pairs) > len(expected) and all(count == 0 for _, count in pairs[len(expected) :]):
        return "There are fewer different words than n here: return all of them, and nothing more."
    counts = Counter(text.lower().split())
    if any(count != counts.get(word) for word, count in pairs):
        return "Some counts are too low: 'Data' and 'data' are the same word, so lower-case the text before counting."
    if sorted(pairs, key=lambda pair: -pair[1]) == pairs and [c for _, c in pairs] == [c for _, c in expected]:
        return (
            "Your counts are right, but tied words are in another order: words with equal counts come in the "
            "order they first appear in the text (Counter.most_common keeps that order)."
        )
    return None
