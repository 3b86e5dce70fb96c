import numpy as np

from mlsteps.engine.cases import case


def cases(rng):
    X = np.array([[3.0, 1.0], [1.0, 1.0], [-1.0, 1.0], [1.0, 2.0], [1.0, 0.0]])
    yield case(X, 1, label="the example")
    yield case(X, 2, label="the example with both components")
    yield case(np.array([[0.0, 0.0], [2.0, 1.0], [4.0, 2.0], [6.0, 3.0]]), 1, label="points on a line")
    heights_weights = np.array([[150.0, 50.0], [160.0, 58.0], [170.0, 69.0], [180.0, 77.0], [175.0, 70.0],
                                [165.0, 66.0]])  # fmt: skip
    yield case(heights_weights, 2, label="heights and weights that move together")
    for _ in range(5):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        columns = int(generator.integers(2, 6))
        rows = int(generator.integers(columns + 5, 40))
        mixing = generator.normal(0, 1, size=(columns, columns)) * generator.uniform(0.2, 3, size=columns)
        X = generator.normal(0, 1, size=(rows, columns)) @ mixing + generator.uniform(-20, 20, size=columns)
        yield case(X, int(generator.integers(1, columns + 1)), label="random correlated columns")


def _pca(data, k, centre=True):
    """The prompt's recipe; without centring for diagnose."""
    centred = data - data.mean(axis=0) if centre else data
    _, _, Vt = np.linalg.svd(centred, full_matrices=False)
    components = Vt[:k] * np.sign(Vt[np.arange(k), np.argmax(np.abs(Vt[:k]), axis=1)])[:, np.newaxis]
    return centred @ components.T


def _close(a, b):
    return isinstance(a, np.ndarray) and a.shape == b.shape and np.allclose(a, b, rtol=1e-6, atol=1e-8)


def diagnose(case, expected, got):
    X, k = case.args
    if not isinstance(got, list | tuple) or len(got) != 2:
        return "Return two things, the projected data and the ratios: `return projected, ratios`."
    projected, ratios = got
    want_projected, want_ratios = expected
    if not isinstance(projected, np.ndarray) or projected.shape != want_projected.shape:
        return None
    if not _close(projected, want_projected):
        if _close(projected, _pca(X, k, centre=False)):
            return (
                "The data was not centred: subtract the mean of each column before the SVD, and project the "
                "centred data. PCA describes the spread around the middle of the data, not around zero."
            )
        if _close(np.abs(projected), np.abs(want_projected)):
            return (
                "Some of your columns have the opposite sign. SVD may return a direction or its opposite: apply "
                "the sign rule, making the largest (in absolute value) entry of each component positive."
            )
        return None
    if isinstance(ratios, np.ndarray) and ratios.shape == want_ratios.shape:
        _, S, _ = np.linalg.svd(X - X.mean(axis=0), full_matrices=False)
        if _close(ratios, S[:k] / S.sum()):
            return (
                "The ratios must use the squares of the singular values: the variance along a component grows "
                "with S², so the ratio is S[:k] ** 2 / (S ** 2).sum()."
            )
    return None
