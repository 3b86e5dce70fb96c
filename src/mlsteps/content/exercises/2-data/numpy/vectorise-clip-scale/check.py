import numpy as np

from mlsteps.engine.cases import case


def cases(rng):
    yield case(np.array([10.0, 15.0, 30.0, 0.0]), 10, 20, label="the example")
    yield case(np.array([2.5, 5.0, 7.5]), 0.0, 10.0, label="every value inside the range")
    yield case(np.array([-40.0, 120.0]), 0.0, 100.0, label="every value outside the range")
    yield case(np.array([], dtype=float), 1.0, 2.0, label="no values at all")
    yield case(np.array([3, 8, 13]), 5, 10, label="whole numbers")
    for _ in range(3):
        low = rng.randint(-50, 50)
        high = low + rng.randint(1, 100)
        values = np.array([rng.uniform(low - 30, high + 30) for _ in range(rng.randint(5, 40))])
        yield case(values, low, high, label="random readings")
    generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
    many = generator.normal(50, 20, size=200_000)
    yield case(many, 20.0, 80.0, label="200,000 values, timed against the loop", timed=True)


def diagnose(case, expected, got):
    values, low, high = case.args
    if not isinstance(got, np.ndarray) or got.shape != expected.shape or got.dtype.kind not in "iuf" or got.size == 0:
        return None
    if np.allclose(got, (values - low) / (high - low)) and not np.allclose(got, expected):
        return "Some results are below 0 or above 1: values outside [low, high] must be clipped into it first."
    smallest, largest = values.min(), values.max()
    if largest > smallest:
        own = (values - smallest) / (largest - smallest)
        if np.allclose(got, own) and not np.allclose(own, expected):
            return (
                "You scaled with the smallest and largest values of the array. The range to use is the one "
                "you were given: low and high."
            )
    return None
