import numpy as np

from mlsteps.engine.cases import case, tensor
from mlsteps.engine.plain_data import TensorValue


def floats(values, requires_grad=False):
    return tensor(np.asarray(values, dtype=np.float32), requires_grad=requires_grad)


def weights(values):
    return floats(values, requires_grad=True)


def random_problem(numbers, rows, cols):
    X = np.round(numbers.normal(size=(rows, cols)), 2)
    y = np.round(X @ numbers.normal(size=cols) + numbers.normal(scale=0.3, size=rows), 2)
    w = np.round(numbers.normal(size=cols), 1)
    return floats(X), floats(y), weights(w)


def cases(rng):
    numbers = np.random.default_rng(rng.randint(0, 2**32 - 1))
    yield case(floats([[1.0, 2.0], [3.0, 4.0]]), floats([1.0, 2.0]), weights([0.5, -1.0]), 0.01,
               label="the example")
    yield case(floats([[2.0]]), floats([3.0]), weights([1.0]), 0.1, label="one row and one weight")
    yield case(floats([[1.0, 0.0], [0.0, 1.0]]), floats([2.0, -1.0]), weights([2.0, -1.0]), 0.5,
               label="weights that fit perfectly: nothing to change")
    yield case(*random_problem(numbers, 6, 2), 0.0, label="a learning rate of 0: no change")
    for lr in (0.1, 0.05, 0.01, 0.3):
        yield case(*random_problem(numbers, int(numbers.integers(3, 30)), int(numbers.integers(1, 5))), lr,
                   label=f"random data, learning rate {lr}")


def diagnose(case, expected, got):
    X, y, w = (argument.values.astype(float) for argument in case.args[:3])
    lr = case.args[3]
    if not isinstance(got, TensorValue) or got.shape != w.shape:
        return None
    values = got.values.astype(float)
    gradient = 2 * X.T @ (X @ w - y) / len(y)
    if lr > 0 and np.allclose(values, w + lr * gradient, rtol=1e-4, atol=1e-5) and np.any(gradient):
        return (
            "You moved the weights uphill: the gradient points where the loss grows fastest, so a step of "
            "gradient descent subtracts it, scaled by the learning rate."
        )
    if got.requires_grad and np.allclose(values, expected.values, rtol=1e-4, atol=1e-5):
        return (
            "The new weights still track gradients. Compute them where autograd records nothing (look up "
            "torch.no_grad) as a new tensor, and return that, not w itself (w always tracks gradients, and must "
            "not change)."
        )
    return None
