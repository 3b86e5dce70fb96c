import numpy as np

from mlsteps.engine.cases import case


def cases(rng):
    yield case(np.array([[1.0, 2.0, 3.0], [5.0, 5.0, 5.0]]), label="the example")
    yield case(np.array([[1000.0, 1001.0, 1002.0]]), label="large scores")
    yield case(np.array([[-1000.0, -1000.0], [-1001.0, -999.0]]), label="very negative scores")
    yield case(np.array([[1000.0, 999.0], [0.0, 1.0], [-1000.0, -998.0]]), label="rows of very different sizes")
    yield case(np.array([[3.5], [-2.0]]), label="a single class")
    yield case(np.array([[0, 1], [2, 2]]), label="whole numbers")
    for number in range(5):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        rows, classes = int(generator.integers(2, 10)), int(generator.integers(2, 7))
        offset = generator.normal(0, 400, size=(rows, 1)) if number % 2 else 0
        yield case(generator.normal(0, 3, size=(rows, classes)) + offset, label="random scores")


def _softmax(Z, axis=1, per_row_max=True):
    top = Z.max(axis=axis, keepdims=True) if per_row_max else Z.max()
    with np.errstate(all="ignore"):
        exps = np.exp(Z - top)
        return exps / exps.sum(axis=axis, keepdims=True)


def diagnose(case, expected, got):
    (Z,) = case.args
    if not isinstance(got, np.ndarray) or got.shape != Z.shape or got.dtype.kind != "f":
        return None
    if Z.shape[0] > 1 and Z.shape[1] > 1 and np.allclose(got.sum(axis=0), 1) and not np.allclose(got.sum(axis=1), 1):
        return "Here each column adds up to 1: the sums and the maximum must go along each row, with axis=1."
    if np.isnan(got).any():
        if np.allclose(got, _softmax(Z, per_row_max=False), equal_nan=True):
            return (
                "Some rows came out as nan. Subtracting the largest score of the whole array is not enough: in a "
                "row far below it, every exp rounds to 0.0, and 0 / 0 is nan. Subtract each row's own largest "
                "score: Z.max(axis=1, keepdims=True)."
            )
        return (
            "Some rows came out as nan: np.exp overflowed to inf (exp(1000) is too big for a float), or every "
            "exp in a row underflowed to 0.0. Before np.exp, subtract each row's largest score from the row."
        )
    return None
