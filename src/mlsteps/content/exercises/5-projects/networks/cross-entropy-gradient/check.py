import numpy as np

from mlsteps.engine.cases import case

NUDGE = 1e-6  # the step of the numerical estimate


def _softmax(Z):
    exps = np.exp(Z - Z.max(axis=1, keepdims=True))
    return exps / exps.sum(axis=1, keepdims=True)


def _loss(Z, y):
    return -np.mean(np.log(_softmax(Z)[np.arange(len(y)), y]))


def _numerical_gradient(Z, y):
    """Central differences: nudge each score up and down, and see how the loss moves."""
    gradient = np.zeros(Z.shape)
    for index in np.ndindex(*Z.shape):
        step = np.zeros(Z.shape)
        step[index] = NUDGE
        gradient[index] = (_loss(Z + step, y) - _loss(Z - step, y)) / (2 * NUDGE)
    return gradient


def cases(rng):
    yield case(np.array([[2.0, 0.0], [0.0, 0.0]]), np.array([0, 1]), label="the example")
    yield case(np.array([[1.0, 2.0, 3.0]]), np.array([2]), label="one example, three classes")
    yield case(np.array([[1000.0, 1001.0, 999.0], [-1000.0, -1002.0, -1001.0]]), np.array([1, 2]), label="large scores")
    yield case(np.array([[0.5, 0.5, 0.5, 0.5]] * 3), np.array([0, 3, 3]), label="every class equally likely")
    yield case(np.array([[3, 1], [0, 2], [1, 1]]), np.array([0, 0, 1]), label="whole-number scores")
    for _ in range(5):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        rows, classes = int(generator.integers(2, 30)), int(generator.integers(2, 6))
        Z = generator.normal(0, 2, size=(rows, classes))
        yield case(Z, generator.integers(0, classes, size=rows), label="random scores")


def diagnose(case, expected, got):
    Z, y = case.args
    n = len(y)
    if not isinstance(got, list | tuple) or len(got) != 2:
        return "Return a tuple of two things: (loss, gradient)."
    loss, gradient = got
    if not isinstance(gradient, np.ndarray) or gradient.shape != Z.shape:
        return f"The gradient should be an array of the same shape as Z, {Z.shape}: one entry per score."
    probs = _softmax(Z)
    one_hot = np.zeros(Z.shape)
    one_hot[np.arange(n), y] = 1
    if n > 1 and np.allclose(gradient, probs - one_hot, rtol=1e-8, atol=1e-10):
        return (
            "This gradient is n times too big: the loss is a mean over the n rows, so divide the gradient by n "
            "as well."
        )
    twice = _softmax(probs)
    twice_loss = -np.mean(np.log(twice[np.arange(n), y]))
    if isinstance(loss, int | float) and np.isclose(loss, twice_loss, rtol=1e-8) and not np.isclose(loss, expected[0]):
        return (
            "This loss comes from applying softmax twice: softmax(softmax(Z)). Z holds raw scores; "
            "apply softmax to them once, and take the log of those probabilities."
        )
    estimate = _numerical_gradient(Z, y)
    wrong = np.argwhere(~np.isclose(gradient, estimate, rtol=1e-6, atol=1e-8))
    if len(wrong):
        where = tuple(int(i) for i in wrong[0])
        return (
            f"A numerical check disagrees with your gradient: nudging Z{list(where)} up and down by {NUDGE:g} "
            f"changes the loss at a rate of {estimate[where]:.6g}, but your gradient says {gradient[where]:.6g}."
        )
    return None
