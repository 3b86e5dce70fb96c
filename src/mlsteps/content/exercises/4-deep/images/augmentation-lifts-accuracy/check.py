import numpy as np
from sklearn.datasets import load_digits

from mlsteps.engine.cases import case, tensor

DIGITS = load_digits()
UNSEEN = 1000  # the shipped backbone learned from the first 1000 images; Step 4's image exercises use the others
IMAGES = (DIGITS.images[UNSEEN:] / 16.0)[:, np.newaxis].astype(np.float32)  # (797, 1, 8, 8), pixels 0 to 1
DIGIT = DIGITS.target[UNSEEN:]
PER_DIGIT = 10
CENTRED_TOO_LOW = 0.5
MIN_SCORE = 0.7  # as [model] min_score in exercise.toml
OFFSETS = {}  # case label -> each held-out image's (dx, dy), to tell centred from moved ones in the advice


def moved(image, dx, dy):
    out = np.zeros_like(image)
    height, width = image.shape[-2:]
    out[..., max(dy, 0) : height + min(dy, 0), max(dx, 0) : width + min(dx, 0)] = image[
        ..., max(-dy, 0) : height + min(-dy, 0), max(-dx, 0) : width + min(-dx, 0)
    ]
    return out


def cases(rng):
    for number in range(3):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        labelled = np.concatenate(
            [generator.choice(np.flatnonzero(digit == DIGIT), PER_DIGIT, replace=False) for digit in range(10)]
        )
        new = np.setdiff1d(np.arange(len(IMAGES)), labelled)
        offsets = generator.integers(-1, 2, size=(len(new), 2))  # the new scanner: up to a pixel off, each way
        scans = np.stack([moved(IMAGES[i], dx, dy) for i, (dx, dy) in zip(new, offsets, strict=True)])
        label = f"new scans, up to a pixel off-centre ({number + 1})"
        OFFSETS[label] = offsets
        yield case(
            tensor(IMAGES[labelled]),
            tensor(DIGIT[labelled], dtype="int64"),
            rng.randint(0, 1000),
            predict=tensor(scans),
            method="__call__",
            truth=DIGIT[new],
            observe=["training"],
            label=label,
        )


def verify(case, got, observed):
    if observed.get("training") is True:
        return (
            "the network came back in training mode. Switch it to evaluation mode before you return it: "
            "layers such as dropout and batch normalisation behave differently there."
        )
    return None


def diagnose(case, expected, got, inspected):
    outputs = np.asarray(got, dtype=float)
    offsets = OFFSETS.get(case.label)
    if outputs.ndim != 2 or offsets is None or len(outputs) != len(offsets):
        return None
    right = outputs.argmax(axis=1) == case.truth
    if right.mean() >= MIN_SCORE:
        return None  # the score is fine: whatever failed, it was not the augmentation
    centred = (offsets == 0).all(axis=1)
    on_centred, on_moved = right[centred].mean(), right[~centred].mean()
    if on_centred < CENTRED_TOO_LOW:
        return (
            f"Even on the new digits that are centred, like the training ones, your network is right only "
            f"{on_centred:.0%} of the time. That is what happens when the augmented copies lost their labels: each "
            "copy must keep the label of the image it was made from, in the same order as the images."
        )
    if on_moved < on_centred - 0.15:
        return (
            f"Your network knows the centred digits ({on_centred:.0%} right) but not those moved by a pixel "
            f"({on_moved:.0%}): nothing in its training showed it that a shifted digit is the same digit. Flips and "
            "noise do not teach that (and a mirrored digit is not the same digit): train on shifted copies."
        )
    return None
