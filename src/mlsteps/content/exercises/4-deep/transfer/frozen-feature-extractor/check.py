import numpy as np
from sklearn.datasets import load_digits

from mlsteps.engine.cases import case, tensor

DIGITS = load_digits()
SEEN_BY_BACKBONE = 1000  # the backbone was pretrained on the first 1000 images: these exercises use the others
IMAGES = (DIGITS.images[SEEN_BY_BACKBONE:] / 16.0)[:, np.newaxis]  # (797, 1, 8, 8), pixels between 0 and 1
DIGIT = DIGITS.target[SEEN_BY_BACKBONE:]
PRIME = np.isin(DIGIT, [2, 3, 5, 7]).astype(np.int64)  # the new task: 1 when the digit is a prime number
FIRST_CONV = "0.0.weight"  # the backbone's first convolution, inside nn.Sequential(backbone, head)
MIN_SCORE = 0.8


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
            inspect=[FIRST_CONV],
            label=f"one labelled image of each digit ({number + 1})",
        )


def diagnose(case, expected, got, inspected):
    weights = inspected.get(FIRST_CONV)
    if weights is None:
        return "Return nn.Sequential(backbone, head), with the backbone first, so that model[0] is the backbone."
    if getattr(weights, "requires_grad", False):
        return (
            "The backbone is not frozen: its weights still take part in training, so training can change them. "
            "Freeze it before training (turn off its gradient tracking), and give the optimiser only the "
            "head's parameters."
        )
    outputs = np.asarray(got, dtype=float)
    scored = outputs.ndim == 2 and len(outputs) == len(case.truth)
    if scored and np.mean(outputs.argmax(axis=1) == case.truth) >= MIN_SCORE:
        return (
            "Your network scores well, but the backbone's weights are not the pretrained ones any more. Freeze it "
            "before training starts, and keep the weights that digits_backbone() loaded."
        )
    return None
