import numpy as np

from mlsteps.engine.cases import case
from mlsteps.engine.plain_data import TensorValue

VOCABULARY = {"the": 2, "film": 3, "was": 4, "not": 5, "good": 6, "bad": 7, "at": 8, "all": 9, "plot": 10, "i": 11,
              "liked": 12, "it": 13, "a": 14, "very": 15, "dull": 16}
KNOWN = sorted(VOCABULARY)
UNKNOWN_WORDS = ["popcorn", "cinema", "sequel", "actors", "boring", "music"]


def cases(rng):
    yield case(["the film was good", "not good"], VOCABULARY, label="the example")
    yield case(["good", "the plot was not good at all", "bad film"], VOCABULARY, label="three lengths")
    yield case(["the popcorn was good", "I liked the cinema"], VOCABULARY,
               label="unknown words are real words: id 1, and in the mask")
    yield case(["The Film was GOOD", "very dull"], VOCABULARY, label="capital letters")
    yield case(["the film", "", "bad"], VOCABULARY, label="an empty sentence: a row of padding only")
    yield case(["a very dull plot", "i liked it at all"], VOCABULARY, label="the same length: no padding at all")
    for _ in range(4):
        sentences = []
        for _ in range(rng.randint(2, 6)):
            words = [rng.choice(KNOWN if rng.random() < 0.8 else UNKNOWN_WORDS) for _ in range(rng.randint(1, 8))]
            sentences.append(" ".join(word.upper() if rng.random() < 0.1 else word for word in words))
        yield case(sentences, VOCABULARY, label="random sentences")


def diagnose(case, expected, got):
    if not isinstance(got, tuple) or len(got) != 2 or not all(isinstance(item, TensorValue) for item in got):
        return None
    (want_ids, want_mask), (ids, mask) = expected, got
    if ids.shape != want_ids.shape or mask.shape != want_mask.shape:
        return None
    want_ids, want_mask = np.asarray(want_ids.values), np.asarray(want_mask.values)
    ids, mask = np.asarray(ids.values), np.asarray(mask.values)
    if (mask == ~want_mask.astype(bool)).all() and want_mask.any():
        return (
            "Your mask is the other way round: here True marks a real word and False the padding. (PyTorch's "
            "attention layers take a key_padding_mask that means the opposite, so read each layer's convention.)"
        )
    same_words = np.array_equal(np.sort(ids, axis=1), np.sort(want_ids, axis=1))
    if not np.array_equal(ids, want_ids) and same_words and (ids[:, 0] == 0).any():
        return "The padding is at the front of the short sentences: put it at the end, after the last word."
    if ((want_ids == 1) & (ids == 0)).any():
        return (
            "Unknown words became 0, the padding id, so they look like padding: an unknown word is still a word. "
            "Give it id 1, and keep it in the mask."
        )
    capitals = any(word != word.lower() for sentence in case.args[0] for word in sentence.split())
    if capitals and ((want_ids > 1) & (ids == 1)).any():
        return "Words with capital letters came out unknown: compare them in lower case, as the vocabulary is."
    return None
