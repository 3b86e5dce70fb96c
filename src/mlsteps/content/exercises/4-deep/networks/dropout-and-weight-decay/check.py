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
            label=f"a new draw of noisy points ({number + 1})",
        )


def diagnose(case, expected, got, inspected):
    outputs = np.asarray(got, dtype=float)
    if outputs.ndim != 2 or len(outputs) != len(case.truth):
        return None
    predicted = outputs.argmax(axis=1)
    if np.bincount(predicted, minlength=2).max() > 0.95 * len(predicted):
        return (
            "Your network gives the same class to nearly every point: it is held back so hard that it learned "
            "nothing. That is too much weight decay (it pulls every weight to zero at each step): use 0.5."
        )
    return (
        "Your network learned the noise: with nothing to hold it back, it bends its boundary around every "
        "wrongly labelled training point, and those bends are wrong for new points. Add nn.Dropout(0.5) after "
        "each ReLU and train with torch.optim.AdamW(..., weight_decay=0.5)."
    )
