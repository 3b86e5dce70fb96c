import math

from mlsteps.engine.cases import case

EPS = 1e-15


def _loss(y_true, p, log=math.log, clip=True, negatives=True):
    total = 0.0
    for label, prob in zip(y_true, p, strict=False):
        if clip:
            prob = min(max(prob, EPS), 1 - EPS)
        try:
            total -= log(prob) if label == 1 else (log(1 - prob) if negatives else 0.0)
        except ValueError:
            return math.inf
    return round(total / len(y_true), 4)


def forecasts(rng, rows):
    y_true = [rng.randint(0, 1) for _ in range(rows)]
    p = [round(min(max(rng.gauss(0.7 if label else 0.3, 0.2), 0.0), 1.0), 2) for label in y_true]
    return y_true, p


def cases(rng):
    yield case([1, 0, 1, 0], [0.9, 0.2, 0.6, 0.4], label="the example")
    yield case([1, 0], [0.0, 0.0], label="a probability of exactly 0 for a row that is 1")
    yield case([0, 0, 1], [1.0, 0.1, 0.8], label="a probability of exactly 1 for a row that is 0")
    yield case([1, 1, 0, 0], [0.5, 0.5, 0.5, 0.5], label="always 0.5: ln 2, whatever happens")
    for number in range(5):
        y_true, p = forecasts(rng, rng.randint(10, 40))
        yield case(y_true, p, label=f"a model's probabilities ({number + 1})")


def diagnose(case, expected, got):
    if not isinstance(got, int | float) or isinstance(got, bool):
        return None
    y_true, p = case.args
    if math.isnan(got) or math.isinf(got):
        return (
            "Your loss is not a finite number: a probability of exactly 0 or 1 makes ln(0), which is minus "
            "infinity (and 0 times that is NaN). Clip the probabilities into [1e-15, 1 - 1e-15] first."
        )
    if abs(got - _loss(y_true, p, log=math.log10)) <= 0.00005:
        return "These costs use the base-10 logarithm; log-loss uses the natural logarithm, ln (np.log)."
    if abs(got - _loss(y_true, p, negatives=False)) <= 0.00005:
        return (
            "Only the rows whose true class is 1 were charged. The rows whose true class is 0 cost -ln(1 - p): "
            "a model that gives them a high p must pay for it too."
        )
    if abs(got - _machine_eps_loss(y_true, p)) <= 0.00005 and abs(got - expected) > 0.00005:
        return "This is scikit-learn's log_loss, which clips at a different place: clip at 1e-15 as the prompt says."
    return None


def _machine_eps_loss(y_true, p):
    eps = 2.220446049250313e-16
    total = 0.0
    for label, prob in zip(y_true, p, strict=False):
        prob = min(max(prob, eps), 1 - eps)
        total -= math.log(prob) if label == 1 else math.log(1 - prob)
    return round(total / len(y_true), 4)
