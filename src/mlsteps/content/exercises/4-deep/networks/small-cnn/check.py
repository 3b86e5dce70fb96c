import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

from mlsteps.engine.cases import case, tensor

DIGITS = load_digits()
IMAGES = (DIGITS.images / 16.0)[:, np.newaxis]  # (1797, 1, 8, 8): one colour channel, pixels between 0 and 1
LAYERS = "_modules"  # the network's parts: each arrives as its class name and a short description


def cases(rng):
    for number in range(3):
        X_train, X_test, y_train, y_test = train_test_split(
            IMAGES, DIGITS.target, test_size=0.3, stratify=DIGITS.target, random_state=rng.randint(0, 10_000)
        )
        yield case(
            tensor(X_train),
            tensor(y_train, dtype="int64"),
            rng.randint(0, 1000),
            predict=tensor(X_test),
            method="__call__",
            truth=y_test,
            observe=[LAYERS],
            label=f"a new draw of the digit images ({number + 1})",
        )


def _has_convolution(layers):
    """Whether any part of the network, or anything nested in it, is a convolution."""
    if not isinstance(layers, dict):
        return None  # nothing to look at: leave it to the score
    for part in layers.values():
        kind, text = getattr(part, "type_name", ""), getattr(part, "repr", "")
        if "Conv" in kind or "Conv" in text:
            return True
    return False


def verify(case, got, observed):
    if _has_convolution(observed.get(LAYERS)) is False:
        return (
            "your network has no convolution: it sees each image as a flat list of 64 pixels, so this is not the "
            "convolutional network the exercise is about. Put at least one nn.Conv2d before the classifier."
        )
    return None


def diagnose(case, expected, got, inspected):
    outputs = np.asarray(got, dtype=float)
    if outputs.ndim != 2 or outputs.shape[1] != 10:
        return "The network should end with 10 numbers per image, one score per digit: nn.Linear(..., 10)."
    if (outputs >= 0).all() and np.allclose(outputs.sum(axis=1), 1, atol=1e-3):
        return (
            "Your network's outputs are probabilities (each row adds up to 1): it ends with a softmax. But "
            "nn.functional.cross_entropy already applies one to the scores it gets, so a second softmax squashes "
            "them and the gradients fade, and training stalls. Leave the softmax out: end with the nn.Linear layer."
        )
    return None
