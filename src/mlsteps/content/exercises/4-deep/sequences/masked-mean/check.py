import numpy as np

from mlsteps.engine.cases import case, tensor
from mlsteps.engine.plain_data import TensorValue


def batch(numbers, lengths, longest, dim):
    embeddings = np.round(numbers.normal(0, 1, (len(lengths), longest, dim)), 2)  # padding places hold values too
    mask = np.arange(longest)[None, :] < np.asarray(lengths)[:, None]
    return tensor(embeddings.astype(np.float32)), tensor(mask, dtype="bool")


def cases(rng):
    numbers = np.random.default_rng(rng.randint(0, 2**32 - 1))
    example = np.array([[[1.0, 2.0], [3.0, 4.0], [9.0, 9.0]], [[5.0, 0.0], [7.0, 7.0], [7.0, 7.0]]], dtype=np.float32)
    yield case(tensor(example), tensor([[True, True, False], [True, False, False]], dtype="bool"), label="the example")
    yield case(*batch(numbers, [4, 4], 4, 3), label="no padding at all")
    yield case(*batch(numbers, [2, 0, 3], 3, 2), label="an empty sentence: zeros, not NaN")
    yield case(*batch(numbers, [1, 5, 3, 2], 5, 4), label="four lengths")
    for _ in range(4):
        longest = int(numbers.integers(2, 8))
        lengths = numbers.integers(1, longest + 1, int(numbers.integers(2, 6)))
        yield case(*batch(numbers, lengths, longest, int(numbers.integers(1, 6))), label="a random batch")


def diagnose(case, expected, got):
    if not isinstance(got, TensorValue) or got.shape != expected.shape:
        return None
    embeddings, mask = np.asarray(case.args[0].values, dtype=float), np.asarray(case.args[1].values, dtype=bool)
    values = np.asarray(got.values, dtype=float)
    if np.isnan(values).any() and (~mask).all(axis=1).any():
        return (
            "A sentence with no words at all gave NaN: 0 / 0. Its average should be zeros: count at least 1 word "
            "when you divide (the sum is 0 anyway)."
        )
    if np.allclose(values, embeddings.mean(axis=1), atol=1e-4):
        return (
            "You averaged over every place, padding included: the padding places hold numbers too, and they pull "
            "the average away. Leave them out of the sum and of the count."
        )
    if np.allclose(values, (embeddings * mask[..., None]).sum(axis=1) / mask.shape[1], atol=1e-4):
        return (
            "The padding is left out of your sum, but you divided by the full length: divide each sentence's sum "
            "by its own number of real words."
        )
    return None
