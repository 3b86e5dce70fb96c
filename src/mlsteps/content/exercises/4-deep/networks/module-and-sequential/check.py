import numpy as np

from mlsteps.engine.cases import case, tensor
from mlsteps.engine.plain_data import TensorValue

WHICH = {"module": "TwoLayerNet", "sequential": "the nn.Sequential"}


def floats(values):
    return tensor(np.asarray(values, dtype=np.float32))


def random_network(numbers, n_in, n_hidden, n_out, rows):
    weights = [
        (floats(numbers.normal(scale=0.8, size=(n_hidden, n_in))), floats(numbers.normal(scale=0.5, size=n_hidden))),
        (floats(numbers.normal(scale=0.8, size=(n_out, n_hidden))), floats(numbers.normal(scale=0.5, size=n_out))),
    ]
    return weights, floats(np.round(numbers.normal(size=(rows, n_in)), 2))


def cases(rng):
    numbers = np.random.default_rng(rng.randint(0, 2**32 - 1))
    example = [
        (floats([[1.0, -1.0], [0.5, 0.5], [-1.0, 2.0]]), floats([0.0, 0.0, -1.0])),
        (floats([[1.0, 2.0, -1.0]]), floats([0.5])),
    ]
    yield case(example, floats([[1.0, 2.0], [3.0, -1.0]]), label="the example")
    yield case(*random_network(numbers, 4, 8, 1, 1), label="one input row")
    yield case(*random_network(numbers, 3, 5, 3, 6), label="three outputs, as for three classes")
    for _ in range(4):
        sizes = (int(size) for size in numbers.integers(1, 10, size=3))
        yield case(*random_network(numbers, *sizes, int(numbers.integers(2, 20))), label="a random network")


def outputs(case):
    """What the network gives, and what two wrong versions of it give, worked out with NumPy."""
    ((w1, b1), (w2, b2)), x = case.args
    w1, b1, w2, b2, x = (item.values.astype(float) for item in (w1, b1, w2, b2, x))
    hidden = x @ w1.T + b1
    right = np.maximum(hidden, 0) @ w2.T + b2
    return {"no activation": hidden @ w2.T + b2, "relu after output": np.maximum(right, 0), "right": right}


def diagnose(case, expected, got):
    if not isinstance(got, dict):
        return None
    wrong = outputs(case)
    for name in ("module", "sequential"):
        result = got.get(name)
        if not isinstance(result, dict) or not isinstance(result.get("output"), TensorValue):
            continue
        output = result["output"]
        if output.shape != wrong["right"].shape:
            continue
        values = output.values.astype(float)
        if np.allclose(values, wrong["right"], rtol=1e-4, atol=1e-4):
            continue
        if np.allclose(values, wrong["no activation"], rtol=1e-4, atol=1e-4):
            return (
                f"{WHICH[name]} has nothing between its two Linear layers: two Linear layers in a row are just one "
                "straight-line function, however many you stack. Put the ReLU between them."
            )
        if np.allclose(values, wrong["relu after output"], rtol=1e-4, atol=1e-4):
            return (
                f"{WHICH[name]} applies a ReLU after the last layer too, so it can never output a negative number. "
                "The ReLU goes only between the two Linear layers."
            )
    return None
