import numpy as np

from mlsteps.engine.cases import case


def cases(rng):
    A = np.array([[2.0, 0.0], [0.0, 4.0]])
    yield case(A, np.array([1.0, 1.0]), np.array([1.0, 1.0]), 1e-3, label="the example")
    yield case(A, np.array([1.0, 1.0]), np.array([1.0, 1.0]), 0.5, label="a large step")
    yield case(np.array([[3.0]]), np.array([-2.0]), np.array([0.5]), 1e-2, label="one dimension")
    mixed = np.array([[4.0, 1.0, -1.0], [1.0, 3.0, 0.5], [-1.0, 0.5, 2.0]])
    yield case(mixed, np.array([1.0, -2.0, 0.5]), np.array([0.0, 0.0, 0.0]), 1e-4, label="at x = 0")
    yield case(mixed, np.array([1.0, -2.0, 0.5]), np.array([2.0, -1.0, 3.0]), 1e-3, label="a matrix that mixes")
    for number in range(5):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        m = int(generator.integers(2, 7))
        root = generator.normal(0, 1, size=(m, m))
        A = root @ root.T + np.eye(m)  # symmetric, with a clear bowl shape
        eps = [1e-2, 1e-3, 1e-4, 1e-5, 1e-3][number]
        yield case(A, generator.normal(0, 2, size=m), generator.normal(0, 2, size=m), eps, label=f"random, eps={eps:g}")


def _f(A, b, v):
    return 0.5 * v @ A @ v - b @ v


def _differences(A, b, x, eps, kind):
    estimate = np.zeros(len(x))
    for i in range(len(x)):
        step = np.zeros(len(x))
        step[i] = eps
        if kind == "forward":
            estimate[i] = (_f(A, b, x + step) - _f(A, b, x)) / eps
        elif kind == "backward":
            estimate[i] = (_f(A, b, x) - _f(A, b, x - step)) / eps
        else:
            estimate[i] = (_f(A, b, x + step) - _f(A, b, x - step)) / eps
    return estimate


def diagnose(case, expected, got):
    A, b, x, eps = case.args
    if not isinstance(got, np.ndarray) or got.shape != expected.shape:
        return None
    exact = A @ x - b
    for kind in ("forward", "backward"):
        if np.allclose(got, _differences(A, b, x, eps, kind), rtol=1e-8, atol=1e-9):
            return (
                f"This is a one-sided ({kind}) difference: its error grows with eps (here about {eps / 2:g} times "
                f"the diagonal of A), so it misses the exact gradient A x - b = {np.round(exact, 6).tolist()}. "
                "Step both ways, f(x + step) - f(x - step), and divide by 2 * eps: the errors of the two sides "
                "cancel."
            )
    if np.allclose(got, _differences(A, b, x, eps, "twice"), rtol=1e-8, atol=1e-9):
        return (
            "This is twice the gradient: the two points f(x + step) and f(x - step) are 2 * eps apart, so divide "
            "their difference by 2 * eps, not eps."
        )
    return None
