import numpy as np

from mlsteps.engine.cases import case

MARGIN = 1e-6  # random rows whose two best scores are closer than this are left out: rounding could decide them


def _scores(X_train, y_train, X_new, prior=True, ddof=0):
    classes = np.unique(y_train)
    epsilon = 1e-9 * X_train.var(axis=0).max()
    scores = []
    for c in classes:
        rows = X_train[y_train == c]
        var = rows.var(axis=0, ddof=ddof) + epsilon
        score = -0.5 * np.sum(np.log(2 * np.pi * var) + (X_new - rows.mean(axis=0)) ** 2 / var, axis=1)
        scores.append(score + (np.log(len(rows) / len(X_train)) if prior else 0))
    return classes, np.array(scores)


def _predict(X_train, y_train, X_new, **options):
    classes, scores = _scores(X_train, y_train, X_new, **options)
    return classes[np.argmax(scores, axis=0)]


def _multiplied(X_train, y_train, X_new):
    """Densities multiplied, not logs added: the product rounds to 0.0 when there are many features."""
    classes = np.unique(y_train)
    epsilon = 1e-9 * X_train.var(axis=0).max()
    products = []
    for c in classes:
        rows = X_train[y_train == c]
        var = rows.var(axis=0) + epsilon
        densities = np.exp(-((X_new - rows.mean(axis=0)) ** 2) / (2 * var)) / np.sqrt(2 * np.pi * var)
        products.append(len(rows) / len(X_train) * np.prod(densities, axis=1))
    return classes[np.argmax(products, axis=0)]


def cases(rng):
    X_train = np.array([[1.0], [2.0], [3.0], [7.0], [8.0], [9.0]])
    yield case(X_train, np.array([0, 0, 0, 1, 1, 1]), np.array([[2.5], [7.5], [5.0]]), label="the example")
    common = [-2.0, -1.5, -1.0, -0.5, 0.0, 0.0, 0.5, 1.0, 1.5, 2.0]
    yield case(
        np.array([[value] for value in [*common, 2.0, 4.0]]),
        np.array([0] * 10 + [1] * 2),
        np.array([[1.4], [1.8], [2.2], [2.6], [3.0]]),
        label="a common class and a rare one: the prior matters",
    )
    yield case(
        np.array([[1.0, 5.0], [2.0, 5.0], [3.0, 5.0], [2.0, 4.0], [3.0, 6.0], [4.0, 7.0]]),
        np.array(["a", "a", "a", "b", "b", "b"]),
        np.array([[2.0, 5.0], [2.0, 5.5], [3.5, 6.5]]),
        label="a feature that never changes inside one class",
    )
    generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
    features, labels = 800, np.array([0] * 10 + [1] * 10)
    centres = generator.normal(0, 0.3, size=(2, features))
    X_train = centres[labels] + generator.normal(0, 1, size=(20, features))
    X_new = centres[[1, 0, 1, 1, 0, 1]] + generator.normal(0, 1, size=(6, features))
    yield case(X_train, labels, X_new, label="800 features: multiplied densities round to 0.0")
    for number in range(5):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        classes, features = 2 + number % 3, int(generator.integers(1, 6))
        sizes = generator.integers(3, 25, size=classes)
        y_train = np.repeat(np.arange(classes), sizes)
        centres = generator.normal(0, 2, size=(classes, features))
        spreads = generator.uniform(0.5, 2, size=(classes, features))
        X_train = centres[y_train] + spreads[y_train] * generator.normal(size=(len(y_train), features))
        X_new = generator.normal(0, 2.5, size=(40, features))
        _, scores = _scores(X_train, y_train, X_new)
        top_two = np.sort(scores, axis=0)[-2:]
        X_new = X_new[top_two[1] - top_two[0] > MARGIN][:20]
        order = generator.permutation(len(y_train))
        yield case(X_train[order], y_train[order], X_new, label=f"random rows, {classes} classes")


def diagnose(case, expected, got):
    X_train, y_train, X_new = case.args
    if not isinstance(got, np.ndarray) or got.shape != expected.shape:
        return None
    if np.array_equal(got, _multiplied(X_train, y_train, X_new)):
        return (
            f"Every prediction here is the first class. With {X_train.shape[1]} features, a product of densities "
            "is too small for a float: it rounds to 0.0 (underflow) for every class, and argmax then picks the "
            "first one. Add the logarithms of the densities instead of multiplying the densities."
        )
    if np.array_equal(got, _predict(X_train, y_train, X_new, prior=False)):
        return (
            "These are the predictions without the prior. Add log(n_c / n) to each class's score: a class "
            "that is rare in the training data should need stronger evidence."
        )
    if np.array_equal(got, _predict(X_train, y_train, X_new, ddof=1)):
        return "The variances should use ddof=0 (divide by the number of rows), as `np.var` does by default."
    return None
