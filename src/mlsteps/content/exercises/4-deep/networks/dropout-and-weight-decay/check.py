import numpy as np

from mlsteps.engine.cases import case, tensor

WRONG_LABELS = 0.2  # the share of training and test points whose label was flipped at random


def two_moons(generator, count):
    """Points on two interlocking half circles, one per class, with a little jitter; then some labels flipped."""
    labels = generator.integers(0, 2, size=count)
    angle = generator.uniform(0, np.pi, size=count)
    upper = np.column_stack([np.cos(angle), np.sin(angle)])
    lower = np.column_stack([1 - np.cos(angle), 0.5 - np.sin(angle)])
    points = np.where(labels[:, None] == 0, upper, lower) + generator.normal(0, 0.1, size=(count, 2))
    flipped = generator.random(count) < WRONG_LABELS
    return points, np.where(flipped, 1 - labels, labels)


def cases(rng):
    for number in range(3):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        X_train, y_train = two_moons(generator, 200)
        X_test, y_test = two_moons(generator, 2000)
        yield case(
            tensor(X_train),
            tensor(y_train, dtype="int64"),
            rng.randint(0, 1000),
            predict=tensor(X_test),
            method="__call__",
            truth=y_test,
            observe=["training"],
            label=f"a new draw of noisy points ({number + 1})",
        )


def verify(case, got, observed):
    if observed.get("training") is True:
        return (
            "your network was returned in training mode, so its dropout layers keep switching units off when it "
            "is asked about new points: switch it to evaluation mode before returning it."
        )
    return None


def diagnose(case, expected, got, inspected):
    outputs = np.asarray(got, dtype=float)
    if outputs.ndim != 2 or len(outputs) != len(case.truth):
        return None
    predicted = outputs.argmax(axis=1)
    if np.bincount(predicted, minlength=2).max() > 0.95 * len(predicted):
        return (
            "Your network gives the same class to nearly every point: it is held back so hard that it learned "
            "nothing. That is too much holding back: with a very large weight decay, every weight is pulled to zero "
            "at each step. Try a smaller one."
        )
    if np.mean(predicted == case.truth) >= 0.75:
        return None  # the score is fine: verify says what is wrong
    return (
        "Your network learned the noise: with too little to hold it back, it bends its boundary around every "
        "wrongly labelled training point, and those bends are wrong for new points. Hold it back more: dropout "
        "after the hidden layers, weight decay in the optimiser, or both (look up regularisation)."
    )
