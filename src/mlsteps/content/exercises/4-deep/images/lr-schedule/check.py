import numpy as np

from mlsteps.engine.cases import case, tensor
from mlsteps.engine.plain_data import TensorValue

BASE_RATE = 0.5
ROWS = 64  # four batches of 16 in each epoch


def data(numbers):
    y = np.repeat([0, 1], ROWS // 2)
    X = numbers.normal(0, 1, (ROWS, 3)) + np.outer(y, [1.5, -1.0, 0.5])
    return tensor(np.round(X, 3).astype(np.float32)), tensor(y, dtype="int64")


def cases(rng):
    numbers = np.random.default_rng(rng.randint(0, 2**32 - 1))
    X, y = data(numbers)
    yield case(X, y, 6, [2, 4], 0.1, 0, label="the example: drops at epochs 2 and 4")
    yield case(X, y, 5, [4], 0.1, 1, label="a milestone at the last epoch: the last epoch trains at the lower rate")
    yield case(X, y, 4, [4], 0.1, 2, label="a milestone the training never reaches")
    yield case(X, y, 3, [1], 0.5, 3, label="a drop after the first epoch, by half")
    yield case(X, y, 3, [], 0.1, 4, label="no milestones: one rate all along")
    for _ in range(3):
        X, y = data(numbers)
        epochs = int(numbers.integers(3, 9))
        milestones = sorted(int(m) for m in numbers.choice(np.arange(1, epochs + 1), 2, replace=False))
        yield case(X, y, epochs, milestones, float(numbers.choice([0.1, 0.2, 0.5])), int(numbers.integers(0, 100)),
                   label="random milestones")


def rates_for(epochs, milestones, gamma):
    return [BASE_RATE * gamma ** sum(epoch >= m for m in milestones) for epoch in range(epochs)]


def diagnose(case, expected, got):
    if not isinstance(got, tuple) or len(got) != 2 or not isinstance(got[0], list):
        return None
    epochs, milestones, gamma = case.args[2], case.args[3], case.args[4]
    rates, weights = got
    if len(rates) != epochs:
        return f"Give one rate per epoch: {epochs} epochs, so {epochs} rates."
    want = rates_for(epochs, milestones, gamma)
    if np.allclose(rates, [*want[1:], want[-1] * (gamma if epochs in milestones else 1)]) and rates != want:
        return (
            "Your rates are one epoch early: each one was read after the scheduler had already moved on. Read the "
            "rate at the start of the epoch, the one its batches train with."
        )
    batches = ROWS // 16
    early = [BASE_RATE * gamma ** sum(epoch * batches >= m for m in milestones) for epoch in range(epochs)]
    if np.allclose(rates, early) and rates != want:
        return (
            "Your rate dropped too early: the scheduler moved on after every batch, so the milestones were counted "
            "in batches. The milestones are epochs: move the scheduler on once per epoch, after its batches."
        )
    if np.allclose(rates, want) and isinstance(weights, TensorValue):
        return (
            "Your list of rates is right, but the weights are not those of a run trained with these rates: the "
            "optimiser itself must change its rate, which is what a scheduler attached to it does."
        )
    return None
