import numpy as np

from mlsteps.engine.cases import case


def _softmax(S):
    exps = np.exp(S - S.max(axis=1, keepdims=True))
    return exps / exps.sum(axis=1, keepdims=True)


def _forward(params, X, relu_output=False, use_b1=True, use_b2=True):
    hidden = np.maximum(0, X @ params["W1"] + (params["b1"] if use_b1 else 0))
    scores = hidden @ params["W2"] + (params["b2"] if use_b2 else 0)
    return _softmax(np.maximum(0, scores) if relu_output else scores)


def _random_params(generator, d, h, k):
    return {
        "W1": generator.normal(0, 1, size=(d, h)),
        "b1": generator.normal(0, 0.5, size=h),
        "W2": generator.normal(0, 1, size=(h, k)),
        "b2": generator.normal(0, 0.5, size=k),
    }


def cases(rng):
    example = {
        "W1": np.array([[1.0, -1.0]]),
        "b1": np.array([0.0, 0.5]),
        "W2": np.array([[1.0, 0.0], [0.0, 1.0]]),
        "b2": np.array([0.0, 0.0]),
    }
    yield case(example, np.array([[2.0], [-1.0]]), label="the example")
    yield case({**example, "b2": np.array([1.0, -1.0])}, np.array([[0.5], [3.0]]), label="an output bias")
    negative = {
        "W1": np.array([[1.0, 2.0, -1.0], [0.5, -1.0, 1.0]]),
        "b1": np.array([0.1, -0.2, 0.3]),
        "W2": np.array([[-1.0, 2.0], [1.5, -0.5], [-2.0, -1.0]]),
        "b2": np.array([-0.5, 0.25]),
    }
    yield case(negative, np.array([[1.0, 1.0], [-2.0, 0.5], [0.0, 3.0]]), label="negative scores")
    yield case(negative, np.array([[-5.0, -5.0]]), label="every hidden unit switched off")
    for _ in range(5):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        n, d, h, k = (int(generator.integers(low, high)) for low, high in ((2, 12), (1, 6), (2, 9), (2, 5)))
        params = _random_params(generator, d, h, k)
        yield case(params, generator.normal(0, 1.5, size=(n, d)), label=f"random network, {d} inputs, {h} hidden units")


def diagnose(case, expected, got):
    params, X = case.args
    if not isinstance(got, np.ndarray) or got.shape != expected.shape:
        return None

    def matches(**options):
        return np.allclose(got, _forward(params, X, **options), rtol=1e-9, atol=1e-12)

    if matches(relu_output=True):
        return (
            "This looks like ReLU on the output scores as well. Only the hidden layer gets a ReLU: the output "
            "scores may be negative, and softmax turns them into probabilities as they are."
        )
    for words, options in (
        ("without the bias b2", {"use_b2": False}),
        ("without the bias b1", {"use_b1": False}),
        ("without the biases b1 and b2", {"use_b1": False, "use_b2": False}),
    ):
        if matches(**options):
            return f"These are the probabilities {words}. Add each layer's bias after its matrix product."
    return None
