import numpy as np

from mlsteps.engine.cases import case

AGREES = 1e-7  # how close losses and weights must be to PyTorch's after training (both in float64)


def _torch():
    """PyTorch, to train the same network; None where it is not installed (then the reference alone decides)."""
    try:
        import torch
    except ImportError:
        return None
    return torch


def _torch_train(torch, X, y, weights, lr, momentum, steps):
    """The same network, loss and optimiser in PyTorch (its Linear keeps weights as (out, in): our transpose)."""
    n_inputs, hidden = np.shape(weights[0])
    model = torch.nn.Sequential(
        torch.nn.Linear(n_inputs, hidden), torch.nn.ReLU(), torch.nn.Linear(hidden, np.shape(weights[2])[1])
    ).double()
    with torch.no_grad():
        for parameter, values in zip(model.parameters(), weights, strict=True):
            values = np.array(values, dtype=float)
            parameter.copy_(torch.from_numpy(values.T.copy() if values.ndim == 2 else values))
    optimiser = torch.optim.SGD(model.parameters(), lr=lr, momentum=momentum)
    loss_function = torch.nn.CrossEntropyLoss()
    inputs, targets, losses = torch.from_numpy(X), torch.from_numpy(y), []
    for _ in range(steps):
        optimiser.zero_grad()
        loss = loss_function(model(inputs), targets)
        loss.backward()
        optimiser.step()
        losses.append(float(loss.detach()))
    trained = [p.detach().numpy().T.copy() if p.ndim == 2 else p.detach().numpy().copy() for p in model.parameters()]
    return {"losses": losses, "weights": trained}


def _train(X, y, weights, lr, momentum, steps, zero=True, dampening=False, mean=True, after=False):
    """Our own training loop in NumPy, with one slip or another switched on to recognise it."""
    W1, b1, W2, b2 = (np.array(w, dtype=float) for w in weights)
    grads = [np.zeros_like(p) for p in (W1, b1, W2, b2)]
    velocities = [np.zeros_like(p) for p in (W1, b1, W2, b2)]

    def forward():
        hidden_in = X @ W1 + b1
        hidden = np.maximum(hidden_in, 0.0)
        logits = hidden @ W2 + b2
        shifted = logits - logits.max(axis=1, keepdims=True)
        probabilities = np.exp(shifted) / np.exp(shifted).sum(axis=1, keepdims=True)
        loss = float(-np.log(probabilities[np.arange(len(y)), y]).mean())
        return hidden_in, hidden, probabilities, loss

    losses = []
    with np.errstate(all="ignore"):  # a slip can make the training blow up; its numbers are still compared
        for _ in range(steps):
            if zero:
                grads = [np.zeros_like(g) for g in grads]
            hidden_in, hidden, probabilities, loss = forward()
            d_logits = probabilities.copy()
            d_logits[np.arange(len(y)), y] -= 1
            if mean:
                d_logits /= len(y)
            d_hidden = (d_logits @ W2.T) * (hidden_in > 0)
            for grad, add in zip(grads, (X.T @ d_hidden, d_hidden.sum(0), hidden.T @ d_logits, d_logits.sum(0)),
                                 strict=True):
                grad += add
            for parameter, grad, velocity in zip((W1, b1, W2, b2), grads, velocities, strict=True):
                velocity *= momentum
                velocity += (1 - momentum) * grad if dampening else grad
                parameter -= lr * velocity
            losses.append(forward()[3] if after else loss)
    return losses


def _blobs(generator, rows, classes, spread):
    angles = np.linspace(0, 2 * np.pi, classes, endpoint=False)
    centres = 2.5 * np.column_stack([np.cos(angles), np.sin(angles)])
    y = np.concatenate([np.arange(classes), generator.integers(0, classes, size=rows - classes)])
    return np.round(centres[y] + generator.normal(0, spread, size=(rows, 2)), 2), y


def _case(torch, X, y, weights, lr, momentum, steps, X_test, label):
    arguments = (X, y, weights, lr, momentum, steps, X_test)
    if torch is None:
        return case(*arguments, label=label)
    return case(*arguments, label=label, truth=_torch_train(torch, *arguments[:-1]), observe=["losses"])


_MADE = {}  # the cases of one seed, made once per process: training in PyTorch for each check is slow


def cases(rng):
    key = rng.getstate()
    if key not in _MADE:
        _MADE[key] = list(_cases(rng))
    return _MADE[key]


def _cases(rng):
    torch = _torch()
    X = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]])
    y = np.array([0, 1, 0, 1])
    weights = [np.array([[0.5, -0.5, 0.2], [0.3, 0.8, -0.6]]), np.zeros(3),
               np.array([[0.4, -0.4], [-0.3, 0.3], [0.1, 0.2]]), np.zeros(2)]
    yield _case(torch, X, y, weights, 0.5, 0.0, 1, X, "the example: one step, no momentum")
    yield _case(torch, X, y, weights, 0.5, 0.0, 3, X, "the example: three steps")
    yield _case(torch, X, y, weights, 0.5, 0.9, 5, X, "the example: five steps with momentum")
    for number in range(3):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        classes, hidden = 2 + number, int(generator.integers(4, 9))
        X, y = _blobs(generator, int(generator.integers(30, 60)), classes, 0.9)
        X_test, _ = _blobs(generator, 40, classes, 0.9)
        weights = [np.round(generator.normal(0, 0.5, size=(2, hidden)), 2), np.zeros(hidden),
                   np.round(generator.normal(0, 0.5, size=(hidden, classes)), 2), np.zeros(classes)]
        lr, momentum = round(float(generator.uniform(0.05, 0.2)), 2), round(float(generator.uniform(0.5, 0.9)), 1)
        steps = int(generator.integers(20, 60))
        yield _case(torch, X, y, weights, lr, momentum, steps, X_test, f"{classes} random clusters, {steps} steps")


def verify(case, got, observed):
    """The answer equals the reference's; here it must also agree with the same training in PyTorch."""
    if case.truth is None or not isinstance(got, dict):
        return None
    losses = np.asarray(got.get("losses"), dtype=float)
    if losses.shape != (len(case.truth["losses"]),) or not np.allclose(losses, case.truth["losses"], rtol=AGREES):
        return "the losses differ from those of the same network trained by torch.optim.SGD"
    for have, want in zip(got.get("weights", []), case.truth["weights"], strict=False):
        if np.shape(have) != want.shape or not np.allclose(have, want, rtol=AGREES, atol=AGREES):
            return "the trained weights differ from those of the same network trained by torch.optim.SGD"
    return None


def diagnose(case, expected, got):
    if not isinstance(got, dict):
        return None
    losses = np.asarray(got.get("losses"), dtype=float)
    if losses.shape != (len(expected["losses"]),):
        return f"fit() should return one loss per step: {len(expected['losses'])} here."
    X, y, weights, lr, momentum, steps, _ = case.args
    for slip, advice in (
        (
            {"zero": False},
            "The gradients were never reset between steps, so each step used the sum of all the gradients so "
            "far. Call the optimiser's zero_grad() before each backward pass.",
        ),
        (
            {"mean": False},
            "The loss is a mean over the rows, so its gradient with respect to the logits is divided by the "
            "number of rows too; yours is n times too large.",
        ),
        (
            {"dampening": True},
            "Your velocity mixes in only (1 - momentum) of each gradient. PyTorch's SGD adds the whole gradient: "
            "velocity = momentum × velocity + gradient, then parameter -= lr × velocity.",
        ),
        (
            {"after": True},
            "Each loss was measured after its step's update. Record the loss that the step computed, before the "
            "optimiser changes the weights.",
        ),
    ):
        variant = _train(X, y, weights, lr, momentum, steps, **slip)
        if not np.allclose(variant, expected["losses"], rtol=1e-9) and np.allclose(losses, variant, rtol=1e-7):
            return advice
    return None
