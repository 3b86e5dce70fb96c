from itertools import pairwise

import numpy as np

from mlsteps.engine.cases import case

AGREES = 1e-9  # how close outputs and gradients must be to PyTorch's (both in float64)


def _torch():
    """PyTorch, to compute the gradients; None where it is not installed (then the reference alone decides)."""
    try:
        import torch
    except ImportError:
        return None
    return torch


def _torch_run(torch, sizes, weights, x, grad_output):
    """The same network in PyTorch (its Linear keeps the weight as (out, in): the transpose of ours)."""
    layers = []
    for number, (n_in, n_out) in enumerate(pairwise(sizes)):
        if number > 0:
            layers.append(torch.nn.ReLU())
        layers.append(torch.nn.Linear(n_in, n_out).double())
    model = torch.nn.Sequential(*layers)
    with torch.no_grad():
        for parameter, values in zip(model.parameters(), weights, strict=True):
            values = np.array(values, dtype=float)
            parameter.copy_(torch.from_numpy(values.T.copy() if values.ndim == 2 else values))
    inputs = torch.from_numpy(x).requires_grad_(True)
    output = model(inputs)
    output.backward(torch.from_numpy(grad_output))
    grads = [parameter.grad.numpy().T.copy() for parameter in model.parameters()]
    return {"output": output.detach().numpy().copy(), "input_grad": inputs.grad.numpy().copy(), "grads": grads}


def _weights(generator, sizes):
    weights = []
    for n_in, n_out in pairwise(sizes):
        weights.append(np.round(generator.normal(0, 0.8, size=(n_in, n_out)), 2))
        weights.append(np.round(generator.normal(0, 0.3, size=n_out), 2))
    return weights


def _case(torch, sizes, weights, x, grad_output, label):
    arguments = (sizes, weights, x, grad_output)
    if torch is None:
        return case(*arguments, label=label)
    return case(*arguments, label=label, truth=_torch_run(torch, *arguments), observe=["count"])


def cases(rng):
    torch = _torch()
    x = np.array([[1.0, -2.0], [0.5, 1.0]])
    weights = [
        np.array([[0.5, -1.0, 0.2], [1.0, 0.3, -0.4]]),
        np.array([0.1, 0.0, -0.2]),
        np.array([[1.0], [-2.0], [0.5]]),
        np.array([0.3]),
    ]
    yield _case(torch, [2, 3, 1], weights, x, np.array([[1.0], [-1.0]]), "the example: 2 → 3 → 1")
    one_layer = [np.array([[2.0], [-1.0]]), np.array([0.5])]
    yield _case(torch, [2, 1], one_layer, x, np.array([[1.0], [1.0]]), "one Linear layer, no ReLU")
    for number, sizes in enumerate(([3, 4, 2], [2, 5, 4, 3], [4, 3, 3, 2, 1])):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        rows = 1 if number == 0 else int(generator.integers(3, 8))
        x = np.round(generator.normal(0, 1, size=(rows, sizes[0])), 2)
        grad_output = np.round(generator.normal(0, 1, size=(rows, sizes[-1])), 2)
        shape = " → ".join(str(size) for size in sizes)
        yield _case(torch, sizes, _weights(generator, sizes), x, grad_output, f"{rows} random rows through {shape}")


def verify(case, got, observed):
    """The answer equals the reference's; here it must also agree with a PyTorch network with the same weights."""
    if case.truth is None or not isinstance(got, dict):
        return None
    for key in ("output", "input_grad"):
        if not np.allclose(np.asarray(got.get(key), dtype=float), case.truth[key], atol=AGREES):
            return f"the {key.replace('_', ' ')} differs from PyTorch's for the same network"
    for number, (have, want) in enumerate(zip(got.get("grads", []), case.truth["grads"], strict=False)):
        if not np.allclose(np.asarray(have, dtype=float), want, atol=AGREES):
            return f"the gradient of parameter {number} differs from PyTorch's for the same network"
    return None


def diagnose(case, expected, got):
    if not isinstance(got, dict):
        return None
    if got.get("count") != expected["count"]:
        return (
            f"parameters() found {got.get('count')} Parameters where the network has {expected['count']}. A "
            "Sequential keeps its layers in a list, and each Linear keeps its Parameters itself: look inside "
            "sub-modules, and inside lists of them, and add what they find."
        )

    def matches(key, scale=1.0, bias=None):
        have, want = got.get(key), expected["grads"]
        if not isinstance(have, list | tuple) or len(have) != len(want):
            return False
        for number, (one, other) in enumerate(zip(have, want, strict=True)):
            target = np.asarray(other) * scale
            if bias is not None and number % 2 == 1:
                target = target / bias
            if np.shape(one) != np.shape(target) or not np.allclose(one, target, atol=1e-9):
                return False
        return True

    if matches("grads_after_two_backwards", 1.0) and not matches("grads"):
        return None
    if matches("grads_after_two_backwards", 1.0):
        return (
            "After two backward passes the gradients are those of one: backward replaced them. A Parameter used "
            "in several passes (or several places) adds up what it receives: add to grad, and let zero_grad() "
            "start again from zeros."
        )
    if matches("grads", 3.0):
        return (
            "After zero_grad() the gradients still hold the two passes before it: nothing was reset. Give each "
            "Parameter's grad new zeros (assigning to a local name leaves the Parameter unchanged)."
        )
    rows = len(case.args[2])
    if rows > 1 and matches("grads", 1.0, bias=rows):
        return (
            "The bias gradients are averages over the rows. The bias is added to every row, so its gradient is "
            "the sum of the output gradients over the rows."
        )
    return None
