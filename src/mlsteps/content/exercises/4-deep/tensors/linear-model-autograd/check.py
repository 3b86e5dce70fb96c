import numpy as np

from mlsteps.engine.cases import case, tensor
from mlsteps.engine.plain_data import TensorValue

STEPS = 200
LEARNING_RATES = (1.0, 0.5, 0.3, 0.2, 0.1, 0.05, 0.03, 0.02, 0.01, 0.005, 0.003, 0.001)


def floats(values):
    return tensor(np.asarray(values, dtype=np.float32))


def random_problem(numbers, rows, cols):
    X = np.round(numbers.normal(size=(rows, cols)), 2)
    w = np.round(numbers.normal(scale=3, size=cols), 1)
    b = round(float(numbers.normal(scale=5)), 1)
    y = np.round(X @ w + b + numbers.normal(scale=0.5, size=rows), 2)
    return floats(X), floats(y)


def cases(rng):
    numbers = np.random.default_rng(rng.randint(0, 2**32 - 1))
    yield case(floats([[0.0], [1.0], [2.0], [3.0]]), floats([1.0, 3.0, 5.0, 7.0]), label="the example: y = 2x + 1")
    yield case(
        floats([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0], [1.0, 1.0]]),
        floats([4.0, -1.0, 0.0, 1.0, 3.5]),
        label="two features, five points",
    )
    for _ in range(4):
        yield case(
            *random_problem(numbers, int(numbers.integers(20, 200)), int(numbers.integers(1, 5))),
            label="random data with some noise",
        )


def simulate(X, y, lr, zero_grad=True):
    """Full-batch SGD from zeros on the mean squared error, as PyTorch would run it (in float64)."""
    rows = len(y)
    A = np.hstack([X, np.ones((rows, 1))])
    params, gradient = np.zeros(A.shape[1]), np.zeros(A.shape[1])
    with np.errstate(all="ignore"):
        for _ in range(STEPS):
            step = 2 * A.T @ (A @ params - y) / rows
            gradient = step if zero_grad else gradient + step
            params = params - lr * gradient
    return params


def close(a, b, tolerance=1e-2):
    return bool(np.all(np.isfinite(b))) and np.allclose(a, b, rtol=tolerance, atol=tolerance)


def diagnose(case, expected, got):
    X, y = (argument.values.astype(float) for argument in case.args)
    if not isinstance(got, TensorValue) or got.shape != expected.shape:
        return None
    values = got.values.astype(float)
    if not np.all(np.isfinite(values)) or np.abs(values).max() > 1e6:
        return (
            "Training blew up: the weights became nan (not a number) or huge. The usual cause is a learning rate "
            "that is too large: each step jumps past the bottom of the valley and lands higher up the other "
            "side, so the loss grows instead of shrinking. Try 0.1. (Gradients that are never reset between "
            "steps can do this too.)"
        )
    if any(close(values, simulate(X, y, lr, zero_grad=False)) for lr in LEARNING_RATES):
        return (
            "Your weights are what you get when the gradients are never reset: each backward pass adds to .grad, "
            "so "
            "without clearing them at the start of each step (the optimiser's zero_grad), every step uses the sum "
            "of all the "
            "gradients so far, and the weights swing around the answer instead of settling."
        )
    baseline = np.append(np.zeros(X.shape[1]), y.mean())
    if np.allclose(values, baseline, atol=0.05) and not np.allclose(expected.values, baseline, atol=0.05):
        return (
            "Your model learned to predict the mean of y for every row, as if the features did not matter. That "
            "happens when the predictions have shape (n, 1) and y has shape (n,): subtracting them broadcasts "
            "to an (n, n) table, so the loss compared every prediction with every target. Make w of shape (k,), "
            "so that X @ w has shape (n,) like y."
        )
    if any(close(values, simulate(X, y, lr)) for lr in LEARNING_RATES if lr < 0.05):
        return (
            "Your training is on its way but not finished after 200 steps: the learning rate is too small, so each "
            "step moves the weights only a little. Try 0.1."
        )
    return None
