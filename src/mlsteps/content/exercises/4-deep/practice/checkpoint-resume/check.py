import numpy as np
from sklearn.datasets import load_iris

from mlsteps.engine.cases import case, tensor

IRIS = load_iris()
X = ((IRIS.data - IRIS.data.mean(axis=0)) / IRIS.data.std(axis=0)).astype(np.float32)


def run(seed, total, stop, label, rows=slice(None)):
    return case(tensor(X[rows]), tensor(IRIS.target[rows], dtype="int64"), seed, total, stop, label=label)


def cases(rng):
    yield run(rng.randint(0, 999), 20, 8, "the example: 8 epochs, a break, 12 more")
    yield run(rng.randint(0, 999), 10, 1, "a break after the first epoch")
    yield run(rng.randint(0, 999), 10, 0, "a checkpoint before any training")
    yield run(rng.randint(0, 999), 10, 10, "a checkpoint at the very end: nothing left to train")
    for _ in range(3):
        total = rng.randint(5, 30)
        every_other = slice(rng.randint(0, 1), None, 2)
        yield run(rng.randint(0, 999), total, rng.randint(1, total - 1), "a random break", every_other)


def diagnose(case, expected, got):
    if not isinstance(got, tuple) or len(got) != 3 or not isinstance(expected, tuple):
        return None
    _, want_epoch, want_steps = expected
    _, epoch, steps = got
    if epoch != want_epoch:
        return (
            f"Training carried on from epoch {epoch}, not from epoch {want_epoch} where it stopped, so it trains "
            "the wrong number of epochs in all. Save the epoch in the checkpoint, and start again from it."
        )
    if steps != want_steps:
        return (
            f"After loading, the optimiser had taken {steps} steps instead of {want_steps}: it starts again from "
            "nothing. Adam keeps running averages of the gradients and a step count; save the optimiser's "
            "state_dict in the checkpoint and load it into the new optimiser."
        )
    return (
        "The epoch and the optimiser's state were restored, but the final weights are not those of an uninterrupted "
        "run: the new model kept its fresh random weights. Load the saved weights into it."
    )
