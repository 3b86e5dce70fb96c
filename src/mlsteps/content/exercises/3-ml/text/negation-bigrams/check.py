import numpy as np

from mlsteps.engine.cases import case

ITEMS = ["kettle", "lamp", "tent", "chair", "blender", "jacket", "printer", "backpack", "heater", "mattress"]
GOOD = ["good", "great", "fine", "nice", "comfortable", "reliable"]
BAD = ["bad", "poor", "awful", "weak", "flimsy", "noisy"]
OPENERS = ["", "honestly ", "overall ", "i think ", "to be fair "]
VERBS = ["is", "was", "is really", "was really"]
SETTINGS = ("steps.0.1.ngram_range", "steps.0.1.stop_words")  # read off a pipeline whose first step vectorizes


def sentences(seed, rows):
    """Short verdicts where "not" flips the meaning: "not good" is negative, "not bad" is positive."""
    draw = np.random.default_rng(seed)
    texts, labels = [], []
    for _ in range(rows):
        positive_word = draw.random() < 0.5
        negated = draw.random() < 0.5
        adjective = draw.choice(GOOD if positive_word else BAD)
        verdict = f"{draw.choice(VERBS)} {'not ' if negated else ''}{adjective}"
        text = f"{draw.choice(OPENERS)}the {draw.choice(ITEMS)} {verdict}"
        texts.append(text)
        labels.append(int(positive_word != negated))
    return texts, np.array(labels)


def cases(rng):
    for number in range(3):
        texts, labels = sentences(rng.randint(0, 10_000), 300)
        new_texts, new_labels = sentences(rng.randint(0, 10_000), 150)
        yield case(
            texts,
            labels,
            predict=new_texts,
            truth=new_labels,
            observe=SETTINGS,
            label=f'short verdicts with and without "not" ({number + 1})',
        )


def diagnose(case, expected, got, inspected):
    predictions = np.asarray(got) if isinstance(got, np.ndarray | list) else None
    if predictions is None or predictions.shape != case.truth.shape:
        return None
    if np.mean(predictions == case.truth) >= 0.85:
        return None
    pairs, stop_words = inspected.get(SETTINGS[0]), inspected.get(SETTINGS[1])
    if stop_words == "english":
        return (
            'Your vectorizer drops English stop words, and "not" is one of them: every "not good" becomes '
            '"good". Keep the stop words here.'
        )
    if pairs is not None and tuple(pairs)[1] < 2:
        return (
            'Your vectorizer counts single words only, so "not" cannot attach to the word after it. Count word '
            'pairs too (ngram_range), so that "not good" and "not bad" get columns of their own.'
        )
    if pairs is not None and tuple(pairs)[1] >= 2:
        return (
            'Your vectorizer counts word pairs and keeps "not", yet the negated verdicts still come out wrong too '
            "often. Look at the classifier next: a strong penalty can keep the pair columns from counting."
        )
    return (
        'Check the negated verdicts: "not good" must come out negative and "not bad" positive. That takes '
        'word pairs in the features, and "not" kept (it is on the English stop-word list).'
    )
