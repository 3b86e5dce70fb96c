import numpy as np

from mlsteps.engine.cases import case, tensor
from mlsteps.engine.plain_data import TensorValue


def floats(values):
    return tensor(np.round(np.asarray(values, dtype=np.float64), 3).astype(np.float32))


def causal(length):
    return tensor(np.tril(np.ones((length, length), dtype=bool)), dtype="bool")


def cases(rng):
    numbers = np.random.default_rng(rng.randint(0, 2**32 - 1))
    q = [[1.0, 0.0], [0.0, 1.0]]
    k = [[1.0, 0.0], [1.0, 1.0], [0.0, 1.0]]
    v = [[1.0, 10.0], [2.0, 20.0], [3.0, 30.0]]
    yield case(floats(q), floats(k), floats(v), label="the example: two queries, three keys, no mask")
    yield case(floats(q), floats(k), floats(v), tensor([[True, True, False], [True, True, False]], dtype="bool"),
               label="the third key is padding: nobody looks at it")
    x = numbers.normal(0, 1, (4, 8))
    yield case(floats(x), floats(x), floats(x), causal(4),
               label="a causal mask: each place looks only at itself and the places before it")
    yield case(floats(numbers.normal(0, 2, (3, 16))), floats(numbers.normal(0, 2, (5, 16))),
               floats(numbers.normal(0, 1, (5, 4))), label="16 numbers per key: the scaling matters")
    padding = np.ones((2, 1, 6), dtype=bool)
    padding[0, 0, 4:] = False
    yield case(floats(numbers.normal(0, 1, (2, 3, 4))), floats(numbers.normal(0, 1, (2, 6, 4))),
               floats(numbers.normal(0, 1, (2, 6, 5))), tensor(padding, dtype="bool"),
               label="a batch of two, the first with two padding keys; the mask broadcasts over the queries")
    for _ in range(3):
        batch, queries, keys = int(numbers.integers(1, 4)), int(numbers.integers(1, 6)), int(numbers.integers(2, 7))
        dim, out = int(numbers.integers(2, 9)), int(numbers.integers(1, 5))
        mask = numbers.random((batch, queries, keys)) < 0.7
        mask[..., 0] = True  # every query keeps at least one key
        yield case(
            floats(numbers.normal(0, 1.5, (batch, queries, dim))),
            floats(numbers.normal(0, 1.5, (batch, keys, dim))),
            floats(numbers.normal(0, 1, (batch, keys, out))),
            tensor(mask, dtype="bool"),
            label="random, with a mask",
        )


def softmax(scores, axis):
    exp = np.exp(scores - scores.max(axis=axis, keepdims=True))
    return exp / exp.sum(axis=axis, keepdims=True)


def diagnose(case, expected, got):
    if not isinstance(got, tuple) or len(got) != 2 or not isinstance(got[1], TensorValue):
        return None
    q, k = (np.asarray(argument.values, dtype=float) for argument in case.args[:2])
    mask = np.asarray(case.args[3].values, dtype=bool) if len(case.args) > 3 else None
    weights = np.asarray(got[1].values, dtype=float)
    want = np.asarray(expected[1].values, dtype=float)
    if weights.shape != want.shape or np.allclose(weights, want, atol=1e-4):
        return None
    raw = q @ np.swapaxes(k, -1, -2)
    scaled = raw / np.sqrt(q.shape[-1])
    if mask is not None:
        allowed = np.broadcast_to(mask, weights.shape)
        with np.errstate(invalid="ignore"):
            inverted = softmax(np.where(allowed, -np.inf, scaled), -1)
        if np.allclose(weights, inverted, atol=1e-4, equal_nan=True):
            return (
                "Your weights are the other way round from the mask: True means 'this query may look at this key', "
                "False means 'never'. (That is scaled_dot_product_attention's convention for a boolean mask.)"
            )
        if np.allclose(weights, softmax(scaled, -1) * allowed, atol=1e-4):
            return (
                "You masked after the softmax, by setting weights to 0: what is left no longer adds up to 1. Mask "
                "the scores before the softmax (a score of minus infinity becomes a weight of 0)."
            )
    plain = raw if mask is None else np.where(np.broadcast_to(mask, raw.shape), raw, -np.inf)
    if np.allclose(weights, softmax(plain, -1), atol=1e-4):
        return (
            f"Your scores were not scaled: divide them by the square root of the number of values per key "
            f"(here sqrt({q.shape[-1]})), or large scores make the softmax pick a single key."
        )
    if np.allclose(weights.sum(axis=-2), 1, atol=1e-4):
        return (
            "Your weights add up to 1 down each column, over the queries. Each query shares its attention among the "
            "keys: take the softmax along the last axis."
        )
    return None
