import numpy as np

from mlsteps.engine.cases import case, tensor

SUBJECTS = ["the film", "the plot", "the acting", "the music", "the ending", "the cast"]
VERBS = ["was", "is", "felt", "seemed"]
GOOD = ["good", "great", "fun", "clever", "moving"]
BAD = ["bad", "dull", "awful", "boring", "weak"]
VOCABULARY = {word for subject in SUBJECTS for word in subject.split()} | {*VERBS, *GOOD, *BAD, "not", "but", "very"}
WORDS = ["<pad>", "<unknown>", *sorted(VOCABULARY)]
IDS = {word: number for number, word in enumerate(WORDS)}
TRAINING, PAIRS, SHORT = 500, 150, 60  # held out: 150 pairs of mirrored sentences, then 60 one-part sentences
MIN_SCORE = 0.88  # as [model] min_score in exercise.toml
POSITION_GRADIENT = "position.weight.grad"  # None after training: the starter's position embedding was never used
HEAD_GRADIENT = "head.weight.grad"  # None too: gradients were cleared at the end, so the probe says nothing


def part(numbers, positive):
    """'the plot was not dull': positive or not, with or without a 'not' in front of the adjective."""
    negated = numbers.random() < 0.5
    adjective = numbers.choice(GOOD if positive != negated else BAD)
    words = [numbers.choice(SUBJECTS), numbers.choice(VERBS)] + ["not"] * negated + ["very"] * (numbers.random() < 0.3)
    return " ".join([*words, adjective])


def review(numbers):
    """One part, or two joined by 'but': then the part after 'but' decides, and the two parts disagree."""
    label = int(numbers.random() < 0.5)
    if numbers.random() < 0.25:
        return part(numbers, label), label
    return f"{part(numbers, not label)} but {part(numbers, label)}", label


def encode(sentences):
    longest = max(len(sentence.split()) for sentence in sentences)
    ids = np.zeros((len(sentences), longest), dtype=np.int64)
    for row, sentence in enumerate(sentences):
        words = sentence.split()
        ids[row, : len(words)] = [IDS[word] for word in words]
    return ids


def held_out(numbers):
    sentences, labels = [], []
    while len(sentences) < 2 * PAIRS:
        label = int(numbers.random() < 0.5)
        first, second = part(numbers, not label), part(numbers, label)
        sentences += [f"{first} but {second}", f"{second} but {first}"]  # the same words: opposite answers
        labels += [label, 1 - label]
    for _ in range(SHORT):
        label = int(numbers.random() < 0.5)
        sentences.append(part(numbers, label))
        labels.append(label)
    return sentences, np.array(labels)


def cases(rng):
    for number in range(3):
        numbers = np.random.default_rng(rng.randint(0, 2**32 - 1))
        reviews = [review(numbers) for _ in range(TRAINING)]
        new, truth = held_out(numbers)
        yield case(
            tensor(encode([sentence for sentence, _ in reviews]), dtype="int64"),
            tensor([label for _, label in reviews], dtype="int64"),
            len(WORDS),
            rng.randint(0, 1000),
            predict=tensor(encode(new), dtype="int64"),
            method="__call__",
            truth=truth,
            observe=["training", POSITION_GRADIENT, HEAD_GRADIENT],
            label=f"500 made-up reviews ({number + 1})",
        )


def verify(case, got, observed):
    if observed.get("training") is True:
        return (
            "the model came back in training mode, where dropout switches parts of the encoder off at random: "
            "switch it to evaluation mode before you return it."
        )
    return None


def diagnose(case, expected, got, inspected):
    outputs = np.asarray(got, dtype=float)
    if outputs.ndim != 2 or len(outputs) != len(case.truth):
        return None
    right = outputs.argmax(axis=1) == case.truth
    if right.mean() >= MIN_SCORE:
        return None
    on_pairs = right[: 2 * PAIRS].mean()
    if inspected.get(HEAD_GRADIENT) is not None and inspected.get(POSITION_GRADIENT) is None:
        return (
            f"On pairs of reviews made of the same words in another order your model is right {on_pairs:.0%} of "
            "the time. The position embedding never took part in training: attention by itself does not know "
            "where a word is, so the encoder needs each word's place added to its vector before it runs."
        )
    if inspected.get(POSITION_GRADIENT) is not None:
        return (
            f"The positions are used, yet on pairs of reviews with the same words in another order your model is "
            f"right only {on_pairs:.0%} of the time. Check the padding mask: for src_key_padding_mask, True marks "
            "the padding places that attention must ignore (the opposite of the mask in the padding exercise)."
        )
    return None
