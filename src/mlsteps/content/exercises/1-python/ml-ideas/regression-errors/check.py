import math

from mlsteps.engine.cases import case


def cases(rng):
    yield case([3, 5, 10], [2, 7, 10], label="the example")
    yield case([1.5, 2.5], [1.5, 2.5], label="perfect predictions")
    yield case([10, 10], [8, 12], label="errors of +2 and -2")
    yield case([0, 0, 0, 0], [1, 1, 1, 5], label="one big error among small ones")
    yield case([1, 2, 3], [1, 2], raises="ValueError", label="one prediction missing")
    yield case([], [], raises="ValueError", label="empty lists")
    for _ in range(5):
        truth = [round(rng.uniform(-20, 40), 1) for _ in range(rng.randint(3, 12))]
        predicted = [round(value + rng.gauss(0, 4), 1) for value in truth]
        yield case(truth, predicted, label="random temperatures and predictions")


def diagnose(case, expected, got):
    if not isinstance(got, dict) or not isinstance(expected, dict):
        return None
    truth, predicted = case.args
    errors = [a - b for a, b in zip(truth, predicted, strict=True)]
    n = len(errors)

    def near(key, value):
        number = got.get(key)
        return isinstance(number, int | float) and math.isclose(number, value, rel_tol=1e-9, abs_tol=1e-9)

    mean_error = sum(errors) / n
    if not near("mse", expected["mse"]) and near("mse", mean_error**2):
        return (
            "Your mse is the mean error, squared: square each error first, then take the mean, so that big "
            "errors count more and errors of opposite signs cannot hide each other."
        )
    if not near("mae", expected["mae"]) and near("mae", mean_error):
        return (
            "Your mae lets errors of opposite signs cancel out (+2 and -2 average 0): take each error without "
            "its sign before the mean."
        )
    if not near("rmse", expected["rmse"]) and near("rmse", math.sqrt(sum(e**2 for e in errors)) / n):
        return "Your rmse divides by n after the square root: it is the square root of the mean, the whole mse."
    return None
