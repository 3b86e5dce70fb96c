import numpy as np

from mlsteps.engine.cases import case, tensor
from mlsteps.engine.plain_data import TensorValue


def floats(values):
    return tensor(np.asarray(values, dtype=np.float32))


def random_problem(numbers, rows, cols):
    X = np.round(numbers.normal(size=(rows, cols)), 2)
    true_w = np.round(numbers.normal(size=cols), 1)
    y = np.round(X @ true_w + numbers.normal(scale=0.3, size=rows), 2)
    w = np.round(numbers.normal(size=cols), 1)
    return floats(X), floats(y), floats(w)


def cases(rng):
    numbers = np.random.default_rng(rng.randint(0, 2**32 - 1))
    yield case(floats([[1.0, 2.0], [3.0, 4.0]]), floats([1.0, 2.0]), floats([0.5, -1.0]), label="the example")
    yield case(floats([[2.0]]), floats([3.0]), floats([1.0]), label="one row and one weight")
    yield case(floats([[1.0, 0.0], [0.0, 1.0]]), floats([2.0, -1.0]), floats([2.0, -1.0]),
               label="weights that fit perfectly: the gradient is zero")
    for _ in range(5):
        yield case(*random_problem(numbers, int(numbers.integers(3, 30)), int(numbers.integers(1, 5))),
                   label="random data")


def analytic(X, y, w):
    return 2 * X.T @ (X @ w - y) / len(y)


def diagnose(case, expected, got):
    X, y, w = (argument.values.astype(float) for argument in case.args)
    if not isinstance(got, TensorValue) or got.shape != w.shape:
        return None
    values = got.values.astype(float)
    gradient = analytic(X, y, w)
    right = np.allclose(values, gradient, rtol=1e-3, atol=1e-4)
    # "n times too large" only when that differs from the right gradient (not for a zero gradient, or n = 1)
    summed = len(y) * gradient
    distinct = not np.allclose(summed, gradient, rtol=1e-3, atol=1e-4)
    if not right and distinct and np.allclose(values, summed, rtol=1e-3, atol=1e-4):
        return (
            f"Your gradient is {len(y)} times too large: that is the gradient of the sum of the squared errors. "
            "The loss is their mean, not their sum."
        )
    if np.allclose(values, w, rtol=1e-4, atol=1e-5) and not np.allclose(w, gradient):
        return "You returned the weights themselves: after the backward pass, the gradient is in the copy's .grad."
    if right:
        return (
            "Your gradient is right, so what differs is elsewhere: if it is the argument w, then requires_grad_() "
            "changed the tensor you were given, and it now tracks gradients. Work on a copy that tracks gradients "
            "instead (look up clone)."
        )
    return None
