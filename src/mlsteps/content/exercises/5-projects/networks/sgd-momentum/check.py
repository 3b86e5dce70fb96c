import numpy as np

from mlsteps.engine.cases import case


def cases(rng):
    X, y = np.array([[1.0], [2.0]]), np.array([2.0, 4.0])
    yield case(X, y, batch_size=2, lr=0.1, momentum=0.9, epochs=1, seed=0, label="the example, one epoch")
    yield case(X, y, batch_size=2, lr=0.1, momentum=0.9, epochs=2, seed=0, label="the example, two epochs")
    X = np.column_stack([np.ones(5), [0.0, 1.0, 2.0, 3.0, 4.0]])
    y = np.array([1.0, 3.0, 4.0, 7.0, 9.0])
    yield case(X, y, batch_size=1, lr=0.02, momentum=0.5, epochs=3, seed=7, label="one row at a time")
    yield case(X, y, batch_size=2, lr=0.02, momentum=0.8, epochs=4, seed=1, label="a smaller last batch")
    yield case(X, y, batch_size=2, lr=0.05, momentum=0.0, epochs=4, seed=3, label="no momentum")
    for _ in range(5):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        n, features = int(generator.integers(20, 50)), int(generator.integers(1, 4))
        X = np.column_stack([np.ones(n), generator.normal(0, 1, size=(n, features))])
        y = X @ generator.normal(0, 2, size=features + 1) + generator.normal(0, 0.3, size=n)
        yield case(
            X,
            y,
            batch_size=int(generator.integers(3, 11)),
            lr=round(float(generator.uniform(0.01, 0.05)), 3),
            momentum=round(float(generator.uniform(0.5, 0.9)), 2),
            epochs=int(generator.integers(3, 11)),
            seed=int(generator.integers(0, 1000)),
            label="random data",
        )


def _run(X, y, batch_size, lr, momentum, epochs, seed, sign=-1, reset=False, same_order=False, scale=2, divide=None):
    rng = np.random.default_rng(seed)
    w, v = np.zeros(X.shape[1]), np.zeros(X.shape[1])
    with np.errstate(all="ignore"):
        for _ in range(epochs):
            if same_order:
                rng = np.random.default_rng(seed)
            order = rng.permutation(len(X))
            for start in range(0, len(X), batch_size):
                batch = order[start : start + batch_size]
                Xb, yb = X[batch], y[batch]
                grad = scale / (divide or len(batch)) * Xb.T @ (Xb @ w - yb)
                v = (0 if reset else momentum * v) + sign * lr * grad
                w = w + v
    return w


def diagnose(case, expected, got):
    if not isinstance(got, np.ndarray) or got.shape != expected.shape:
        return None
    args = case.kwargs

    def matches(**options):
        return np.allclose(got, _run(case.args[0], case.args[1], **args, **options), rtol=1e-7, atol=1e-9)

    if matches(sign=1):
        return (
            "The weights move uphill: the velocity must go against the gradient (minus the learning rate times "
            "the gradient), and the weights then move by the velocity."
        )
    if args["momentum"] > 0 and matches(reset=True):
        return (
            "Here the velocity starts again from zero at every batch, so momentum never builds up. Make v once, "
            "before the loops, and keep it from batch to batch and epoch to epoch."
        )
    if args["epochs"] > 1 and matches(same_order=True):
        return (
            "The batches come in the same order in every epoch: the generator is made again at each epoch. Make "
            "it once, before the epochs, and call rng.permutation on it at the start of each one."
        )
    if matches(scale=1):
        return "The gradient of the mean squared error has a factor 2: grad = (2 / m) * Xb.T @ (Xb @ w - yb)."
    if len(case.args[0]) % args["batch_size"] and matches(divide=args["batch_size"]):
        return "The last batch is smaller: divide by the number of rows in the batch, len(batch), not batch_size."
    return None
