import numpy as np

from mlsteps.engine.cases import case


def cases(rng):
    X = np.array([[1.0, 2.0], [1.0, -1.0], [1.0, 0.5]])
    y = np.array([1, 0, 1])
    yield case(np.array([0.0, 0.0]), X, y, label="the example: all weights 0")
    yield case(np.array([0.5, -1.0]), X, y, label="the example's data with other weights")
    yield case(np.array([0.3, 0.8, -0.4]), np.array([[1.0, 1.5, 2.0]]), np.array([0]), label="a single row")
    hours = np.array([[1.0, 0.5], [1.0, 1.5], [1.0, 2.5], [1.0, 3.0], [1.0, 4.5]])  # ones, hours studied
    yield case(np.array([-2.0, 1.0]), hours, np.array([1, 1, 1, 1, 1]), label="every answer is 1")
    for _ in range(5):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        rows, features = int(generator.integers(10, 50)), int(generator.integers(1, 4))
        X = np.column_stack([np.ones(rows), generator.normal(0, 1, size=(rows, features))])
        w = generator.normal(0, 0.8, size=features + 1)
        y = (generator.random(rows) < 1 / (1 + np.exp(-(X @ generator.normal(0, 1.5, size=features + 1))))).astype(int)
        yield case(w, X, y, label="random rows and weights")


def _close(got, want):
    return isinstance(got, np.ndarray) and got.shape == want.shape and np.allclose(got, want, rtol=1e-6, atol=1e-8)


def diagnose(case, expected, got):
    w, X, y = case.args
    if not isinstance(got, list | tuple) or len(got) != 2:
        return "Return two things: the loss, then the gradient."
    loss, gradient = got
    want_loss, want_gradient = expected
    p = 1 / (1 + np.exp(-(X @ w)))
    if _close(gradient, -want_gradient) and not _close(gradient, want_gradient):
        return (
            "Your gradient points the wrong way: it is Xᵀ @ (p − y) / n, predictions minus answers, "
            "so that it points to where the loss grows."
        )
    if _close(gradient, X.T @ (X @ w - y) / len(y)):
        return (
            "Your gradient uses the scores X @ w without the sigmoid. Use the probabilities: "
            "Xᵀ @ (p − y) / n with p = sigmoid(X @ w)."
        )
    if len(y) > 1 and _close(gradient, want_gradient * len(y)):
        return "Your gradient is n times too big: divide Xᵀ @ (p − y) by the number of rows, n."
    if isinstance(loss, float) and np.isclose(loss, -want_loss, rtol=1e-6):
        return "Your loss has the wrong sign: the log of a probability is negative, so put a minus before the mean."
    if isinstance(loss, float) and np.isclose(loss, want_loss * len(y), rtol=1e-6) and len(y) > 1:
        return "Your loss is a sum; the exercise asks for the mean over the rows."
    if isinstance(loss, float) and 0 < y.mean() < 1 and np.isclose(loss, -np.mean(y * np.log(p)), rtol=1e-6):
        return "Your loss only counts the rows where y is 1: add the (1 − y) × log(1 − p) part for the others."
    return None
