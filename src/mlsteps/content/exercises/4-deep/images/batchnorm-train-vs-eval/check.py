import numpy as np

from mlsteps.engine.cases import case, tensor
from mlsteps.engine.plain_data import TensorValue

EPS = 1e-5


def floats(values):
    return tensor(np.asarray(values, dtype=np.float32))


def layer_case(x, mean, var, training, label, **settings):
    return case(floats(x), floats(mean), floats(var), training, label=label, **settings)


def cases(rng):
    numbers = np.random.default_rng(rng.randint(0, 2**32 - 1))
    yield layer_case([[1.0], [3.0]], [0.0], [1.0], True, "the example, training")
    yield layer_case([[1.0], [3.0]], [0.0], [1.0], False, "the example, evaluation")
    yield layer_case([[2.0, 5.0], [6.0, 5.0]], [1.0, 5.0], [4.0, 1.0], True,
                     "two rows (n - 1 is half of n); the second column is constant")
    yield layer_case([[0.5, -1.0, 2.0]], [0.2, 0.0, 1.0], [0.5, 2.0, 1.5], False,
                     "evaluation with one row: nothing depends on the rest of the batch")
    yield layer_case(numbers.normal(3, 2, (6, 3)), [0.0, 0.0, 0.0], [1.0, 1.0, 1.0], True,
                     "training with momentum 0.5", momentum=0.5)
    for _ in range(4):
        rows, features = int(numbers.integers(2, 9)), int(numbers.integers(1, 5))
        x = np.round(numbers.normal(numbers.normal(0, 3), 2, (rows, features)), 2)
        mean = np.round(numbers.normal(0, 1, features), 2)
        var = np.round(numbers.uniform(0.5, 3, features), 2)
        yield layer_case(x, mean, var, bool(numbers.random() < 0.6), "a random batch",
                         momentum=float(numbers.choice([0.1, 0.2, 0.9])))


def values(item):
    return np.asarray(item.values, dtype=float) if isinstance(item, TensorValue) else None


def close(a, b):
    return a is not None and b is not None and a.shape == b.shape and np.allclose(a, b, rtol=1e-4, atol=1e-4)


def diagnose(case, expected, got):
    if not isinstance(got, tuple) or len(got) != 3:
        return None
    x, running_mean, running_var = (values(argument) for argument in case.args[:3])
    training, momentum = case.args[3], case.kwargs.get("momentum", 0.1)
    out, new_mean, new_var = (values(item) for item in got)
    want_out, want_mean, want_var = (values(item) for item in expected)
    mean, biased = x.mean(axis=0), x.var(axis=0)
    if not training:
        if close(out, (x - mean) / np.sqrt(biased + EPS)) and not close(out, want_out):
            return (
                "In evaluation mode the layer normalises with its running mean and variance, the memory it was "
                "given, not with the statistics of the batch in front of it."
            )
        return None
    unbiased = x.var(axis=0, ddof=1)  # training batches have at least two rows
    if not close(out, want_out) and close(out, (x - mean) / np.sqrt(unbiased + EPS)):
        return (
            "Your outputs are normalised with the variance that divides by n - 1 (what x.var() gives by default). "
            "To normalise the batch itself, the layer uses its variance dividing by n."
        )
    if close(new_mean, momentum * running_mean + (1 - momentum) * mean) and not close(new_mean, want_mean):
        return (
            "Your running mean moved the wrong amount: momentum is the weight of the new batch, and the old running "
            "value keeps 1 - momentum."
        )
    if close(new_var, (1 - momentum) * running_var + momentum * biased) and not close(new_var, want_var):
        return (
            "Your outputs are right, but the running variance moved towards the batch's variance dividing by n. "
            "The memory keeps the estimate dividing by n - 1, a better guess of the variance of all the data."
        )
    return None
