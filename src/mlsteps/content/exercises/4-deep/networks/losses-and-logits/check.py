import numpy as np

from mlsteps.engine.cases import case, tensor
from mlsteps.engine.plain_data import TensorValue


def floats(values):
    return tensor(np.asarray(values, dtype=np.float32))


def classes(values):
    return tensor(np.asarray(values, dtype=np.int64), dtype="int64")


def random_batch(numbers, rows, n_classes):
    targets = np.round(numbers.normal(20, 5, size=rows), 1)
    predictions = np.round(targets + numbers.normal(scale=2, size=rows), 1).reshape(rows, 1)
    logits = np.round(numbers.normal(scale=2, size=(rows, n_classes)), 2)
    labels = numbers.integers(0, n_classes, size=rows)
    return floats(predictions), floats(targets), floats(logits), classes(labels)


def cases(rng):
    numbers = np.random.default_rng(rng.randint(0, 2**32 - 1))
    yield case(
        floats([[2.5], [0.0], [2.0]]),
        floats([3.0, -0.5, 2.0]),
        floats([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0], [1.0, 1.0, 1.0]]),
        classes([0, 2, 1]),
        label="the example",
    )
    yield case(floats([[1.5]]), floats([1.0]), floats([[0.0, 4.0]]), classes([1]), label="one example, two classes")
    yield case(
        floats([[1.0], [2.0]]),
        floats([1.0, 2.0]),
        floats([[9.0, -9.0, -9.0], [-9.0, -9.0, 9.0]]),
        classes([0, 2]),
        label="confident and right: both losses near zero",
    )
    for _ in range(5):
        yield case(*random_batch(numbers, int(numbers.integers(4, 40)), int(numbers.integers(2, 11))),
                   label="a random batch")


def cross_entropy(logits, labels):
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probabilities = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return float(-log_probabilities[np.arange(len(labels)), labels].mean())


def softmax(logits):
    exps = np.exp(logits - logits.max(axis=1, keepdims=True))
    return exps / exps.sum(axis=1, keepdims=True)


def near(a, b):
    return isinstance(a, float) and bool(np.isclose(a, b, rtol=1e-4, atol=1e-5))


def diagnose(case, expected, got):
    predictions, targets, logits, labels = (argument.values for argument in case.args)
    predictions, targets, logits = (array.astype(float) for array in (predictions, targets, logits))
    if isinstance(got, tuple) and any(isinstance(item, TensorValue) for item in got):
        return "Return Python floats: .item() turns a tensor holding one number into a float."
    if not isinstance(got, tuple) or len(got) != 2:
        return None
    mse, ce = got
    right_mse = float(((predictions[:, 0] - targets) ** 2).mean())
    if not near(mse, right_mse) and near(mse, float(((predictions - targets) ** 2).mean())):
        return (
            f"Your mean squared error is wrong because predictions has shape {predictions.shape} and targets "
            f"{targets.shape}: PyTorch broadcast them into a {len(targets)} x {len(targets)} table, so the loss "
            "compared every prediction with every target (it warns about this). Match the shapes first."
        )
    if near(ce, cross_entropy(softmax(logits), labels)) and not near(ce, cross_entropy(logits, labels)):
        return (
            "Your cross-entropy was given probabilities, not logits: F.cross_entropy applies softmax itself, so "
            "softmax first squashes the numbers twice and the loss can hardly move. Give it the raw logits, "
            "the network's outputs as they are."
        )
    if near(ce, float(((logits.argmax(axis=1) - labels) ** 2).mean())):
        return (
            "Your classification loss is a mean squared error between class numbers. Classes are names, not "
            "amounts: predicting class 2 for a 0 is not twice as wrong as predicting 1. Classes need the "
            "cross-entropy of the logits."
        )
    return None
