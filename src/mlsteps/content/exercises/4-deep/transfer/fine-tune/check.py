import numpy as np
from sklearn.datasets import load_digits

from mlsteps.engine.cases import case, tensor

DIGITS = load_digits()
SEEN_BY_BACKBONE = 1000  # the backbone was pretrained on the first 1000 images: these exercises use the others
IMAGES = (DIGITS.images[SEEN_BY_BACKBONE:] / 16.0)[:, np.newaxis]  # (797, 1, 8, 8), pixels between 0 and 1
DIGIT = DIGITS.target[SEEN_BY_BACKBONE:]
PRIME = np.isin(DIGIT, [2, 3, 5, 7]).astype(np.int64)  # the new task: 1 when the digit is a prime number
FIRST_CONV = "0.0.weight"  # the backbone's first convolution, inside nn.Sequential(backbone, head)


def cases(rng):
    for number in range(3):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        labelled = np.array([generator.choice(np.flatnonzero(digit == DIGIT)) for digit in range(10)])
        new = np.setdiff1d(np.arange(len(IMAGES)), labelled)
        yield case(
            tensor(IMAGES[labelled]),
            tensor(PRIME[labelled], dtype="int64"),
            rng.randint(0, 1000),
            predict=tensor(IMAGES[new]),
            method="__call__",
            truth=PRIME[new],
            observe=[FIRST_CONV],
            label=f"one labelled image of each digit ({number + 1})",
        )


def verify(case, got, observed):
    weights = observed.get(FIRST_CONV)
    if weights is None:
        return "The first part of your model should be the backbone: return nn.Sequential(backbone, head)."
    if not weights.requires_grad:
        return (
            "The backbone is frozen, so this is feature extraction, not fine-tuning: here every part of the network "
            "keeps learning. Leave requires_grad on and give the backbone a small learning rate instead."
        )
    return None


def diagnose(case, expected, got, inspected):
    outputs = np.asarray(got, dtype=float)
    if outputs.ndim != 2 or len(outputs) != len(case.truth):
        return None
    return (
        "Your network is not clearly better than the same network trained from scratch (about 0.65 here). Check "
        "both halves of fine-tuning: start from the pretrained weights (digits_backbone() loads them by default), and "
        "give each part its own learning rate: 0.001 for the backbone, so that it keeps what it knows, and 0.01 "
        "for the new head, which has everything to learn in 50 steps."
    )
