import numpy as np

from mlsteps.engine.cases import case

AGREES = 1e-7  # how close the answer must be to PyTorch's Adam (both in float64)


def _torch():
    """PyTorch, to compute what Adam gives; None where it is not installed (then the reference alone decides)."""
    try:
        import torch
    except ImportError:
        return None
    return torch


def _torch_adam(torch, X, y, lr, steps, beta1, beta2, eps):
    w = torch.zeros(X.shape[1], dtype=torch.float64, requires_grad=True)
    optimiser = torch.optim.Adam([w], lr=lr, betas=(beta1, beta2), eps=eps)
    inputs, targets = torch.from_numpy(X), torch.from_numpy(y)
    for _ in range(steps):
        optimiser.zero_grad()
        ((inputs @ w - targets) ** 2).mean().backward()
        optimiser.step()
    return w.detach().numpy().copy()


def _adam(X, y, lr, steps, beta1, beta2, eps, correct=True, inside=False, first=1):
    w, m, v = np.zeros(X.shape[1]), np.zeros(X.shape[1]), np.zeros(X.shape[1])
    with np.errstate(divide="ignore", invalid="ignore"):
        for t in range(first, steps + first):
            grad = 2 / len(X) * X.T @ (X @ w - y)
            m = beta1 * m + (1 - beta1) * grad
            v = beta2 * v + (1 - beta2) * grad**2
            m_hat, v_hat = (m / (1 - beta1**t), v / (1 - beta2**t)) if correct else (m, v)
            w = w - lr * m_hat / (np.sqrt(v_hat + eps) if inside else np.sqrt(v_hat) + eps)
    return w


def _case(torch, X, y, lr, steps, beta1, beta2, eps, label):
    arguments = (X, y, lr, steps, beta1, beta2, eps)
    if torch is None:
        return case(*arguments, label=label)
    return case(*arguments, label=label, truth=_torch_adam(torch, *arguments), observe=["shape"])


def cases(rng):
    torch = _torch()
    X, y = np.array([[1.0], [2.0]]), np.array([2.0, 4.0])
    yield _case(torch, X, y, 0.1, 1, 0.9, 0.999, 1e-8, "the example, one step")
    yield _case(torch, X, y, 0.1, 2, 0.9, 0.999, 1e-8, "the example, two steps")
    X = np.column_stack([np.ones(5), [0.0, 1.0, 2.0, 3.0, 4.0]])
    y = np.array([1.0, 3.0, 4.0, 7.0, 9.0])
    yield _case(torch, X, y, 0.05, 30, 0.9, 0.999, 0.5, "a large eps")
    yield _case(torch, X, y, 0.2, 25, 0.0, 0.9, 1e-8, "beta1 = 0: no momentum")
    for _ in range(4):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        n, features = int(generator.integers(15, 40)), int(generator.integers(1, 4))
        X = np.column_stack([np.ones(n), generator.normal(0, 1, size=(n, features))])
        y = X @ generator.normal(0, 2, size=features + 1) + generator.normal(0, 0.3, size=n)
        lr = round(float(generator.uniform(0.01, 0.2)), 3)
        eps = float(generator.choice([1e-8, 1e-3, 0.1]))
        yield _case(torch, X, y, lr, int(generator.integers(5, 60)), 0.9, 0.999, eps, "random data")


def verify(case, got, observed):
    """The answer equals the reference's; here it must also agree with torch.optim.Adam itself."""
    if case.truth is None or not isinstance(got, np.ndarray) or got.shape != case.truth.shape:
        return None
    if not np.allclose(got, case.truth, rtol=AGREES, atol=1e-10):
        return f"your weights differ from those of torch.optim.Adam on the same data: {case.truth!r}"
    return None


def diagnose(case, expected, got):
    if not isinstance(got, np.ndarray) or got.shape != expected.shape:
        return None
    if np.isnan(got).any():
        return (
            "Some weights are nan. At the first step is t = 1, so 1 - beta**t is not 0; counting the steps from 0 "
            "divides by zero in the bias corrections."
        )

    def near(**options):
        variant = _adam(*case.args, **options)
        return not np.allclose(variant, expected, rtol=1e-7) and np.allclose(got, variant, rtol=1e-7)

    if near(correct=False):
        return (
            "These are Adam's weights without the bias correction: m and v start at 0, so in the first steps they "
            "are too small. Divide them by 1 - beta1**t and 1 - beta2**t before the step."
        )
    if near(inside=True):
        return "eps went inside the square root. Adam adds it after the square root of the corrected average."
    if near(first=2):
        return (
            "Your step count is one too far along: the first step is t = 1, and the corrections at that step "
            "divide by 1 - beta1 and 1 - beta2."
        )
    return None
