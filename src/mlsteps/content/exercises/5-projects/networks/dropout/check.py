import numpy as np

from mlsteps.engine.cases import case


def cases(rng):
    x = np.array([1.0, 2.0, 3.0, 4.0])
    noise = np.array([0.1, 0.7, 0.5, 0.2])
    yield case(x, 0.5, True, noise, label="the example, training")
    yield case(x, 0.5, False, noise, label="the example, eval mode")
    yield case(np.array([[1.0, -2.0], [0.5, 3.0]]), 0.25, True, np.array([[0.25, 0.3], [0.1, 0.25]]),
               label="noise exactly equal to p")
    yield case(np.array([2.0, -1.0, 5.0]), 1.0, True, np.array([0.3, 0.99, 0.0]), label="p = 1: drop everything")
    yield case(np.array([2.0, -1.0, 5.0]), 0.0, True, np.array([0.3, 0.99, 0.0]), label="p = 0: keep everything")
    yield case(np.array([[3.0, 1.0], [2.0, 8.0]]), 0.9, False, np.array([[0.5, 0.95], [0.1, 0.0]]),
               label="eval mode with a large p")
    for _ in range(5):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        shape = (int(generator.integers(2, 6)), int(generator.integers(2, 8)))
        p = round(float(generator.uniform(0.1, 0.8)), 1)
        noise = np.round(generator.random(shape), 1)  # one decimal: some noise lands exactly on p
        yield case(np.round(generator.normal(0, 2, size=shape), 2), p, rng.random() < 0.8, noise,
                   label=f"random activations, p = {p}")


def diagnose(case, expected, got):
    x, p, training, noise = case.args
    if not isinstance(got, np.ndarray) or got.shape != np.shape(x):
        return None
    if np.isnan(got).any():
        return (
            "Some values are nan: when p is 1 the share kept, 1 - p, is 0, and dividing by it breaks. With p = 1 "
            "every unit is dropped, so the answer is all zeros."
        )
    if not training:
        return (
            "In eval mode (training is False) dropout does nothing: the answer is x as it came in, with no unit "
            "dropped and no scaling."
        )
    if p < 1:
        scale = 1 / (1 - p)
        if np.allclose(got, np.where(noise >= p, x, 0.0)):
            return (
                "The kept units have their old values. In inverted dropout they are divided by 1 - p, so that the "
                "layer's average output is the same in training and in eval mode."
            )
        if np.allclose(got, np.where(noise > p, x * scale, 0.0)):
            return "A unit whose noise is equal to p was dropped; it is kept: only a noise below p drops a unit."
        if np.allclose(got, np.where(noise < p, x * scale, 0.0)):
            return "You kept the units whose noise is below p; those are the ones to drop."
    return None
