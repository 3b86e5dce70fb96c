import numpy as np

from mlsteps.engine.cases import case

MARGIN = 0.01  # new rows this close to the decision boundary are left out: a rounding error could flip them


def cases(rng):
    X = np.array([[1.0], [2.0], [3.0], [6.0], [7.0], [8.0]])
    y = np.array([0, 0, 0, 1, 1, 1])
    yield case(X, y, np.array([[0.0], [3.5], [5.5], [10.0]]), 0.1, 1000, label="the example")
    yield case(X, y, np.array([[4.0]]), 0.1, 1000, label="the example's data, one new row")
    ages = np.array([[22.0, 1.0], [25.0, 2.0], [31.0, 1.5], [45.0, 6.0], [52.0, 7.5], [38.0, 5.0]])  # age, visits
    yield case((ages - 35) / 10, np.array([0, 0, 0, 1, 1, 1]), np.array([[-1.0, 0.0], [1.2, 0.6], [0.1, 0.4]]), 0.5,
               300, label="two features")  # fmt: skip
    for _ in range(5):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        features = int(generator.integers(1, 4))
        centre_0 = generator.uniform(-3, 3, size=features)
        direction = generator.normal(size=features)
        centre_1 = centre_0 + 4 * direction / np.linalg.norm(direction)  # two groups 4 apart
        sizes = generator.integers(10, 30, size=2)
        X = np.vstack([generator.normal(centre_0, 1, size=(sizes[0], features)),
                       generator.normal(centre_1, 1, size=(sizes[1], features))])  # fmt: skip
        y = np.repeat([0, 1], sizes)
        learning_rate, steps = float(generator.choice([0.05, 0.1, 0.3])), int(generator.integers(100, 400))
        X_new = generator.normal((centre_0 + centre_1) / 2, 2, size=(30, features))
        w = _train(X, y, learning_rate, steps)
        X_new = X_new[np.abs(_ones(X_new) @ w) > MARGIN][:15]
        yield case(X, y, X_new, learning_rate, steps, label="two random groups of points")


def _ones(X):
    return np.column_stack([np.ones(len(X)), X])


def _train(X, y, learning_rate, steps, intercept=True, sign=1.0):
    """The prompt's training loop, or a wrong version of it for diagnose."""
    X1 = _ones(X) if intercept else X
    w = np.zeros(X1.shape[1])
    with np.errstate(all="ignore"):
        for _ in range(steps):
            p = 1 / (1 + np.exp(-(X1 @ w)))
            w = w - sign * learning_rate * X1.T @ (p - y) / len(y)
    return w


def diagnose(case, expected, got):
    X, y, X_new, learning_rate, steps = case.args
    if not isinstance(got, np.ndarray) or got.shape != expected.shape:
        return None
    if got.dtype.kind == "f" and ((got > 0) & (got < 1)).any():
        return "These look like probabilities. Turn each one into a class: 1 where it is 0.5 or more, else 0."
    with np.errstate(all="ignore"):
        no_intercept = (X_new @ _train(X, y, learning_rate, steps, intercept=False) >= 0).astype(int)
        ascent = (_ones(X_new) @ _train(X, y, learning_rate, steps, sign=-1.0) >= 0).astype(int)
    step_advice = "subtract the gradient, scaled by the learning rate; adding it makes the loss grow."
    if np.array_equal(got, ascent) and len(set(got.tolist())) == 1:
        return f"Every prediction is {got[0]}. If your loop is written, check which way each step goes: {step_advice}"
    if np.array_equal(got, no_intercept):
        return (
            "The model has no intercept, so its boundary must pass through 0. Put a column of ones in front of X, "
            "and in front of X_new too."
        )
    if np.array_equal(got, ascent):
        return "Your weights move the wrong way: " + step_advice
    return None
