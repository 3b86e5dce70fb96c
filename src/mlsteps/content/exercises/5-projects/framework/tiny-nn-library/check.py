import math
from itertools import pairwise

import numpy as np

from mlsteps.engine.cases import case

AGREES = 1e-9  # how close the loss and gradients must be to PyTorch's (both in float64)


def _torch():
    """PyTorch, to compute the gradients; None where it is not installed (then the reference alone decides)."""
    try:
        import torch
    except ImportError:
        return None
    return torch


def _torch_run(torch, n_inputs, sizes, weights, X, y):
    """The same network as tensors: each neuron's weights, then its bias, layer by layer."""
    flat = torch.tensor(weights, dtype=torch.float64, requires_grad=True)
    x, position, widths = torch.tensor(X, dtype=torch.float64), 0, [n_inputs, *sizes]
    for index, (n_in, n_out) in enumerate(pairwise(widths)):
        block = flat[position : position + n_out * (n_in + 1)].reshape(n_out, n_in + 1)
        position += n_out * (n_in + 1)
        x = x @ block[:, :n_in].T + block[:, n_in]
        if index < len(sizes) - 1:
            x = torch.tanh(x)
    loss = ((x - torch.tensor(y, dtype=torch.float64)) ** 2).mean()
    loss.backward()
    return {"loss": float(loss.detach()), "grads": flat.grad.tolist()}


def _loss(flat, n_inputs, sizes, X, y, tanh_last=False, bias_first=False, summed=False):
    """The network's loss in NumPy, with one slip or another switched on."""
    x, position, widths = np.array(X), 0, [n_inputs, *sizes]
    for index, (n_in, n_out) in enumerate(pairwise(widths)):
        block = flat[position : position + n_out * (n_in + 1)].reshape(n_out, n_in + 1)
        position += n_out * (n_in + 1)
        weights, bias = (block[:, 1:], block[:, 0]) if bias_first else (block[:, :n_in], block[:, n_in])
        x = x @ weights.T + bias
        if index < len(sizes) - 1 or tanh_last:
            x = np.tanh(x)
    errors = (x - np.array(y)) ** 2
    return errors.sum() if summed else errors.mean()


def _variant(n_inputs, sizes, weights, X, y, **slip):
    """The loss and gradients a slip gives, the gradients by central differences (plenty for recognising it)."""
    flat = np.array(weights, dtype=float)
    grads = []
    for index in range(len(flat)):
        step = np.zeros_like(flat)
        step[index] = 1e-6
        up, down = _loss(flat + step, n_inputs, sizes, X, y, **slip), _loss(flat - step, n_inputs, sizes, X, y, **slip)
        grads.append((up - down) / 2e-6)
    return _loss(flat, n_inputs, sizes, X, y, **slip), grads


def _case(torch, n_inputs, sizes, weights, X, y, label):
    arguments = (n_inputs, sizes, weights, X, y)
    if torch is None:
        return case(*arguments, label=label)
    return case(*arguments, label=label, truth=_torch_run(torch, *arguments), observe=["count"])


def _random(generator, n_inputs, sizes, rows):
    count = sum((a + 1) * b for a, b in zip([n_inputs, *sizes], sizes, strict=False))
    weights = [round(float(w), 2) for w in generator.normal(0, 0.7, size=count)]
    X = [[round(float(v), 2) for v in row] for row in generator.normal(0, 1, size=(rows, n_inputs))]
    y = [[round(float(v), 2) for v in row] for row in generator.normal(0, 1, size=(rows, sizes[-1]))]
    return weights, X, y


def cases(rng):
    torch = _torch()
    X = [[1.0, -0.5], [0.2, 0.8], [-1.0, 0.3]]
    y = [[0.5], [-0.2], [1.0]]
    weights = [0.5, -0.3, 0.1, 0.8, 0.2, -0.1, -0.6, 0.9, 0.05, 1.0, -1.5, 0.4, 0.2]
    yield _case(torch, 2, [3, 1], weights, X, y, "the example: 2 inputs, 3 hidden neurons, 1 output")
    yield _case(torch, 2, [1], [0.5, -1.0, 0.25], X, y, "one linear neuron, no hidden layer")
    for n_inputs, sizes, rows in ((3, [2, 2], 4), (2, [4, 3, 1], 5), (3, [3, 2], 6)):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        shape = " → ".join(str(size) for size in [n_inputs, *sizes])
        yield _case(torch, n_inputs, sizes, *_random(generator, n_inputs, sizes, rows), f"{rows} random rows, {shape}")


def verify(case, got, observed):
    """The answer equals the reference's; here it must also agree with PyTorch on the same network."""
    if case.truth is None or not isinstance(got, dict):
        return None
    loss = got.get("loss")
    if not isinstance(loss, int | float) or not math.isclose(loss, case.truth["loss"], rel_tol=AGREES):
        return f"the loss differs from PyTorch's for the same network ({case.truth['loss']!r})"
    have = np.asarray(got.get("grads"), dtype=float)
    if have.shape != (len(case.truth["grads"]),) or not np.allclose(have, case.truth["grads"], atol=AGREES):
        return "the gradients differ from PyTorch's for the same network"
    return None


def diagnose(case, expected, got):
    if not isinstance(got, dict) or not isinstance(got.get("grads"), list | tuple):
        return None
    if got.get("count") != expected["count"]:
        return (
            f"parameters() gives {got.get('count')} Values where the network has {expected['count']}: every "
            "neuron's weights and its bias, for every neuron of every layer."
        )
    for slip, advice in (
        (
            {"tanh_last": True},
            "Your last layer also applies tanh. The hidden layers use tanh; the last layer stays linear, so the "
            "network can output any number.",
        ),
        (
            {"bias_first": True},
            "Your parameters() lists each neuron's bias before its weights. The order is: each neuron's weights "
            "(in the order of its inputs), then its bias, neuron by neuron, layer by layer.",
        ),
        (
            {"summed": True},
            "Your loss adds up the squared errors. It is their mean: divide by how many there are, so the "
            "gradients do not grow with the number of rows.",
        ),
    ):
        loss, grads = _variant(*case.args, **slip)
        if math.isclose(loss, expected["loss"], rel_tol=1e-9):
            continue
        same_loss = isinstance(got.get("loss"), int | float) and math.isclose(got["loss"], loss, rel_tol=1e-6)
        if same_loss and np.allclose(np.asarray(got["grads"], dtype=float), grads, atol=1e-5):
            return advice
    return None
