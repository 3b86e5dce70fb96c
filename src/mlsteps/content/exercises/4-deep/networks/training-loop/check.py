import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

from mlsteps.engine.cases import case, tensor

DIGITS = load_digits()
IMAGES = (DIGITS.images / 16.0).reshape(len(DIGITS.images), 64)  # each 8×8 image as 64 pixels between 0 and 1
SHUFFLED = "validation images whose labels are shuffled: they must play no part in training"


def cases(rng):
    for number in range(3):
        split = rng.randint(0, 10_000)
        X, X_test, y, y_test = train_test_split(
            IMAGES, DIGITS.target, test_size=0.3, stratify=DIGITS.target, random_state=split
        )
        X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2, stratify=y, random_state=split)
        yield case(
            tensor(X_train),
            tensor(y_train, dtype="int64"),
            tensor(X_val),
            tensor(y_val, dtype="int64"),
            rng.randint(0, 1000),
            predict=tensor(X_test),
            method="__call__",
            truth=y_test,
            label=f"a new draw of the digit images ({number + 1})",
        )
    # The validation rows are for watching only. Here they are as many as the training rows, and their labels are
    # shuffled: a network that never trains on them does not notice; one that does learns the wrong digits.
    X, X_test, y, y_test = train_test_split(
        IMAGES, DIGITS.target, test_size=0.3, stratify=DIGITS.target, random_state=rng.randint(0, 10_000)
    )
    X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.5, stratify=y, random_state=0)
    y_val = np.random.default_rng(rng.randint(0, 10_000)).permutation(y_val)
    yield case(
        tensor(X_train),
        tensor(y_train, dtype="int64"),
        tensor(X_val),
        tensor(y_val, dtype="int64"),
        rng.randint(0, 1000),
        predict=tensor(X_test),
        method="__call__",
        truth=y_test,
        label=SHUFFLED,
    )


def diagnose(case, expected, got, inspected):
    outputs = np.asarray(got, dtype=float)
    if outputs.ndim != 2 or outputs.shape[1] != 10:
        return "The network should give 10 numbers for each image, one score per digit: its last layer has 10 outputs."
    predicted = outputs.argmax(axis=1)
    if not np.isfinite(outputs).all() or np.bincount(predicted, minlength=10).max() == len(predicted):
        return (
            "Your network gives the same answer for every image: training went off the rails. The usual causes: "
            "a learning rate far too large (each step jumps past the minimum and the ReLU units die; go back to "
            "lr=0.01 with Adam), or gradients that are never reset, so that they pile up from step to step (look up "
            "the optimiser's zero_grad)."
        )
    if np.abs(outputs).max() > 100:
        return (
            "Your network's outputs are huge (beyond 100) and most images get the same digit: the gradients piled "
            "up from step to step. Reset the gradients before each backward pass (the optimiser's zero_grad)."
        )
    if np.abs(outputs).max() < 1:
        return (
            "Your network's outputs are still small and close together, as they were before training: it has "
            "barely learned. Train for several epochs, each a pass over all the training batches."
        )
    accuracy = float(np.mean(predicted == case.truth))
    if case.label == SHUFFLED and 0.5 < accuracy < 0.9:
        return (
            f"On new images your network scores {accuracy:.3f}, below what it reaches when its validation images "
            "are labelled right. In this case the validation labels are shuffled, so they only hurt a network that "
            "learned from them: the validation rows are for watching, after each epoch, never for training."
        )
    return None
