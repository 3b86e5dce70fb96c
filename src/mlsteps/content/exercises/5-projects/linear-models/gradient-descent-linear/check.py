import numpy as np

from mlsteps.engine.cases import case


def cases(rng):
    X = np.array([[1.0], [2.0], [3.0]])
    y = np.array([3.0, 5.0, 7.0])
    yield case(X, y, 0.05, 1, label="the example: one step")
    yield case(X, y, 0.05, 1000, label="the example: 1000 steps")
    yield case(X, y, 0.05, 0, label="no steps at all: the weights stay at zero")
    sizes = np.array([[1.2, 3.0], [0.8, 2.0], [2.0, 4.0], [1.5, 3.0], [0.5, 1.0], [1.8, 5.0]])  # m² (100s), rooms
    prices = np.array([2.9, 2.1, 4.6, 3.4, 1.4, 4.4])
    yield case(sizes, prices, 0.02, 200, label="two features, 200 steps")
    for _ in range(5):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        rows, features = int(generator.integers(10, 60)), int(generator.integers(1, 4))
        X = generator.normal(0, 1, size=(rows, features))
        weights = generator.normal(0, 3, size=features + 1)
        y = weights[0] + X @ weights[1:] + generator.normal(0, 0.3, size=rows)
        learning_rate = float(generator.choice([0.01, 0.05, 0.1]))
        yield case(X, y, learning_rate, int(generator.integers(20, 300)), label="random data with noise")


def _run(X, y, learning_rate, steps, sign=1.0, scale=None):
    """Gradient descent as written in the prompt, or with a wrong sign or a wrong scale, for diagnose."""
    X1 = np.column_stack([np.ones(len(X)), X])
    w = np.zeros(X1.shape[1])
    with np.errstate(all="ignore"):
        for _ in range(steps):
            w = w - sign * learning_rate * (scale or 2 / len(X1)) * (X1.T @ (X1 @ w - y))
    return w


def diagnose(case, expected, got):
    X, y, learning_rate, steps = case.args
    if not isinstance(got, np.ndarray):
        return None
    if got.shape == (X.shape[1],):
        return "There is one weight missing: the intercept. Put a column of ones in front of X first."
    if got.shape != expected.shape:
        return None
    if np.allclose(got, _run(X, y, learning_rate, steps, sign=-1.0), rtol=1e-6, equal_nan=True):
        return (
            "Your weights move the wrong way: the gradient points to where the error grows, so each step must "
            "subtract it, scaled by the learning rate."
        )
    if np.allclose(got, _run(X, y, learning_rate, steps, scale=2.0), rtol=1e-6, equal_nan=True):
        return (
            "The gradient is not divided by n, the number of rows, so each step is n times too big. "
            "It is the gradient of the *mean* squared error: (2 / n) × X1ᵀ @ errors."
        )
    if np.allclose(got, _run(X, y, learning_rate, steps, scale=1 / len(X)), rtol=1e-6, equal_nan=True):
        return "The gradient is missing its factor 2: (2 / n) × X1ᵀ @ errors."
    return None
