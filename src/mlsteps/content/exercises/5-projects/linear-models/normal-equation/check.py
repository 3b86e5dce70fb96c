import numpy as np

from mlsteps.engine.cases import case


def cases(rng):
    yield case(np.array([[1.0], [2.0], [3.0]]), np.array([3.0, 5.0, 7.0]), label="the example: y = 1 + 2x")
    X = np.array([[0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [2.0, 3.0]])
    yield case(X, np.array([1.0, 2.0, 3.0, 4.0]), label="two features")
    for _ in range(4):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        rows, features = int(generator.integers(10, 60)), int(generator.integers(1, 5))
        X = generator.normal(0, 3, size=(rows, features))
        weights = generator.normal(0, 2, size=features + 1)
        y = weights[0] + X @ weights[1:] + generator.normal(0, 0.5, size=rows)
        yield case(X, y, label="random data with noise")


def diagnose(case, expected, got):
    X = case.args[0]
    if isinstance(got, np.ndarray) and got.shape == (X.shape[1],):
        return "There is one weight missing: the intercept. Put a column of ones in front of X before solving."
    return None
