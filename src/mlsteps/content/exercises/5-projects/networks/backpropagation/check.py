import numpy as np

from mlsteps.engine.cases import case

NUDGE = 1e-6  # the step of the numerical estimate


def _parts(params, X):
    Z1 = X @ params["W1"] + params["b1"]
    H = np.maximum(0, Z1)
    S = H @ params["W2"] + params["b2"]
    exps = np.exp(S - S.max(axis=1, keepdims=True))
    return Z1, H, exps / exps.sum(axis=1, keepdims=True)


def _loss(params, X, y):
    P = _parts(params, X)[2]
    return -np.mean(np.log(P[np.arange(len(y)), y]))


def _gradients(params, X, y, mask=True):
    n = len(X)
    Z1, H, P = _parts(params, X)
    dS = P.copy()
    dS[np.arange(n), y] -= 1
    dS /= n
    dZ1 = dS @ params["W2"].T
    if mask:
        dZ1 = dZ1 * (Z1 > 0)
    return {"dW1": X.T @ dZ1, "db1": dZ1.sum(axis=0), "dW2": H.T @ dS, "db2": dS.sum(axis=0)}


def _estimate(params, X, y, name, index):
    """How fast the loss changes when one parameter is nudged up and down: the numerical gradient."""
    up = {key: value.astype(float) for key, value in params.items()}
    down = {key: value.astype(float) for key, value in params.items()}
    up[name][index] += NUDGE
    down[name][index] -= NUDGE
    return (_loss(up, X, y) - _loss(down, X, y)) / (2 * NUDGE)


def _random_case(generator):
    n, d, h, k = (int(generator.integers(low, high)) for low, high in ((3, 15), (1, 5), (2, 7), (2, 5)))
    params = {
        "W1": generator.normal(0, 1, size=(d, h)),
        "b1": generator.normal(0, 0.5, size=h),
        "W2": generator.normal(0, 1, size=(h, k)),
        "b2": generator.normal(0, 0.5, size=k),
    }
    return params, generator.normal(0, 1.5, size=(n, d)), generator.integers(0, k, size=n)


def cases(rng):
    example = {
        "W1": np.array([[1.0, -1.0]]),
        "b1": np.array([0.0, 0.5]),
        "W2": np.array([[1.0, 0.0], [0.0, 1.0]]),
        "b2": np.array([0.0, 0.0]),
    }
    yield case(example, np.array([[2.0], [-1.0]]), np.array([0, 1]), label="the example")
    bigger = {
        "W1": np.array([[1.0, 2.0, -1.0], [0.5, -1.0, 1.0]]),
        "b1": np.array([0.1, -0.2, 0.3]),
        "W2": np.array([[-1.0, 2.0], [1.5, -0.5], [-2.0, -1.0]]),
        "b2": np.array([-0.5, 0.25]),
    }
    X = np.array([[1.0, 1.0], [-2.0, 0.5], [0.0, 3.0], [1.5, -1.0]])
    yield case(bigger, X, np.array([1, 0, 0, 1]), label="three hidden units, some switched off")
    yield case(bigger, np.array([[-5.0, -5.0]]), np.array([0]), label="every hidden unit switched off")
    for _ in range(5):
        params, X, y = _random_case(np.random.default_rng(rng.randint(0, 2**32 - 1)))
        yield case(params, X, y, label=f"random network, {X.shape[1]} inputs, {len(params['b1'])} hidden units")


def diagnose(case, expected, got):
    params, X, y = case.args
    if not isinstance(got, dict) or set(got) != set(expected):
        return None
    for name in ("dW1", "db1", "dW2", "db2"):
        mine = got[name]
        parameter = params[name[1:]]
        if not isinstance(mine, np.ndarray):
            return None
        if mine.shape != parameter.shape:
            transposed = " (it looks transposed)" if mine.shape == parameter.shape[::-1] else ""
            return (
                f"{name} has shape {mine.shape}{transposed}, but every gradient has the same shape as its "
                f"parameter: {name} must have the same shape as {name[1:]}, {parameter.shape}. Check which side "
                "of `@` needs a `.T`."
            )
    unmasked = _gradients(params, X, y, mask=False)
    if all(np.allclose(got[name], value, rtol=1e-7, atol=1e-10) for name, value in unmasked.items()):
        return (
            "These gradients forget the ReLU on the way back: the hidden units that were switched off "
            "(Z1 <= 0) let no gradient through, so multiply dH by (Z1 > 0)."
        )
    for name, value in expected.items():
        wrong = np.argwhere(~np.isclose(got[name], value, rtol=1e-7, atol=1e-10))
        if len(wrong) and value.ndim == 2 and np.allclose(got[name], value.T, rtol=1e-7, atol=1e-10):
            return (
                f"{name} is transposed: its rows and columns are swapped ({name[1:]} is square here, so the shape "
                f"looks right). {name} must have the shape of {name[1:]} in every network: check which side of `@` "
                "needs a `.T`."
            )
        if len(wrong):
            index = tuple(int(i) for i in wrong[0])
            estimate = _estimate(params, X, y, name[1:], index)
            return (
                f"A numerical check: nudging {name[1:]}{list(index)} up and down by {NUDGE:g} changes the loss at "
                f"a rate of {estimate:.6g}, but your {name}{list(index)} is {got[name][index]:.6g}. Look at the "
                f"step of the backward pass that gives {name}."
            )
    return None
