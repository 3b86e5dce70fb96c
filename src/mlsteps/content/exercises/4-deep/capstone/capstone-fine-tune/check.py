import zipfile

import numpy as np
from sklearn.datasets import load_digits

from mlsteps.data import BACKBONE_WEIGHTS
from mlsteps.engine.cases import case, tensor

DIGITS = load_digits()
UNSEEN = 1000  # the shipped backbone learned from the first 1000 images; the capstone uses the other 797
IMAGES = (DIGITS.images[UNSEEN:] / 16.0)[:, np.newaxis].astype(np.float32)
DIGIT = DIGITS.target[UNSEEN:]
MOVES = [(1, 0), (-1, 0), (0, 1), (0, -1)]
SHIFTED = 0.9  # the new scanner puts nine scans in ten a pixel off-centre
FIRST_CONV = "0.0.weight"  # inside nn.Sequential(backbone, head)
MIN_SCORE = 0.60  # as [model] min_score in exercise.toml
MOST_CHANGE = 0.4  # the backbone may move this far from its pretrained weights, relative to their size
OFFSETS = {}  # case label -> which new scans the scanner moved, for the advice


def pretrained_first_filters():
    """The backbone's first 16 filters as shipped, read from the weights file without PyTorch: in its zip, the
    first tensor saved (0.weight, 16×1×3×3 float32, little-endian) is the file data/0."""
    with zipfile.ZipFile(BACKBONE_WEIGHTS) as weights:
        name = next(name for name in weights.namelist() if name.endswith("/data/0"))
        return np.frombuffer(weights.read(name), dtype="<f4").reshape(16, 1, 3, 3)


PRETRAINED = pretrained_first_filters()


def moved(image, dx, dy):
    out = np.zeros_like(image)
    height, width = image.shape[-2:]
    out[..., max(dy, 0) : height + min(dy, 0), max(dx, 0) : width + min(dx, 0)] = image[
        ..., max(-dy, 0) : height + min(-dy, 0), max(-dx, 0) : width + min(-dx, 0)
    ]
    return out


def scans(numbers, per_digit):
    """Labelled scans (per_digit of each digit, centred) and the rest, nine in ten of them a pixel off-centre."""
    labelled = np.concatenate(
        [numbers.choice(np.flatnonzero(digit == DIGIT), per_digit, replace=False) for digit in range(10)]
    )
    new = np.setdiff1d(np.arange(len(IMAGES)), labelled)
    offsets = [MOVES[numbers.integers(4)] if numbers.random() < SHIFTED else (0, 0) for _ in new]
    new_images = np.stack([moved(IMAGES[i], dx, dy) for i, (dx, dy) in zip(new, offsets, strict=True)])
    return labelled, new, new_images, np.array(offsets)


def cases(rng):
    for number in range(3):
        numbers = np.random.default_rng(rng.randint(0, 2**32 - 1))
        labelled, new, new_images, offsets = scans(numbers, 2)
        label = f"two labelled scans of each digit ({number + 1})"
        OFFSETS[label] = offsets
        yield case(
            tensor(IMAGES[labelled]),
            tensor(DIGIT[labelled], dtype="int64"),
            rng.randint(0, 1000),
            predict=tensor(new_images),
            method="__call__",
            truth=DIGIT[new],
            observe=["training", FIRST_CONV],
            label=label,
        )


def verify(case, got, observed):
    filters = observed.get(FIRST_CONV)
    if filters is None or np.shape(filters) != PRETRAINED.shape:
        return "the model should be nn.Sequential(backbone, head), with the pretrained backbone first."
    change = np.linalg.norm(np.asarray(filters, dtype=float) - PRETRAINED) / np.linalg.norm(PRETRAINED)
    if change > 0.9:
        return (
            "the backbone's first filters are nothing like the pretrained ones: this network did not start from "
            "the pretrained weights, so it is part 2 again. Load them (digits_backbone() does by default)."
        )
    if not getattr(filters, "requires_grad", True):
        return (
            "the backbone did not train at all: it is frozen, which is feature extraction. Fine-tuning lets it "
            "adjust too, with a small learning rate of its own."
        )
    if change < 1e-4:
        return (
            "the backbone's weights are exactly the pretrained ones: it did not train. Fine-tuning trains the whole "
            "network, the backbone with a small learning rate of its own."
        )
    if change > MOST_CHANGE:
        return (
            f"the backbone moved too far: its first filters changed by {change:.0%} of their size (at most "
            f"{MOST_CHANGE:.0%} here), so much of what it learned before is overwritten. Give the backbone a much "
            "smaller learning rate than the head."
        )
    if observed.get("training") is True:
        return "the network came back in training mode: switch it to evaluation mode before you return it."
    return None


def diagnose(case, expected, got, inspected):
    outputs = np.asarray(got, dtype=float)
    offsets = OFFSETS.get(case.label)
    if outputs.ndim != 2 or offsets is None or len(outputs) != len(offsets):
        return None
    right = outputs.argmax(axis=1) == case.truth
    if right.mean() >= MIN_SCORE:
        return None
    centred = (offsets == 0).all(axis=1)
    on_centred, on_moved = right[centred].mean(), right[~centred].mean()
    if on_moved < on_centred - 0.2:
        return (
            f"Your network reads the centred scans ({on_centred:.0%} right) better than those a pixel off "
            f"({on_moved:.0%}): the backbone learned from centred digits only. Fine-tune it on the augmented "
            "images of part 1, where every digit also appears moved."
        )
    return None
