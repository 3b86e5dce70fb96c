import numpy as np

from mlsteps.engine.cases import case

NEAR = 1e-9  # weighted errors closer than this, from different wrong rows, could tie either way by rounding


def _stumps(X, y, weights):
    for feature in range(X.shape[1]):
        values = np.unique(X[:, feature])
        for threshold in (values[:-1] + values[1:]) / 2:
            on_left = X[:, feature] <= threshold
            for polarity in (1, -1):
                wrong = np.where(on_left, polarity, -polarity) != y
                yield (feature, float(threshold), polarity, float(weights[wrong].sum())), wrong


def _best(X, y, weights, clear, first):
    """The best stump. With the first round's equal weights, stumps with as many wrong rows tie exactly whatever
    the order of the sum, and the rules decide; later, a near tie between different wrong rows is not clear."""
    scored = list(_stumps(X, y, weights))
    best = min(scored, key=lambda item: item[0][3])[0]  # min keeps the first of equal errors: the rules' order
    near = [wrong for stump, wrong in scored if stump[3] - best[3] < NEAR]
    if len({int(wrong.sum()) if first else wrong.tobytes() for wrong in near}) > 1:
        clear[0] = False
    return best


def _answers(stump, X):
    feature, threshold, polarity, _ = stump
    return np.where(X[:, feature] <= threshold, polarity, -polarity)


def _boost(X, y, X_new, rounds, fixed_weights=False, reversed_update=False, clip=True, renormalise=True):
    """The boosted vote, and whether every choice along the way was clear of near ties."""
    clear = [True]
    weights = np.full(len(y), 1 / len(y))
    total = np.zeros(len(X_new))
    with np.errstate(divide="ignore", invalid="ignore"):
        for number in range(rounds):
            stump = _best(X, y, weights, clear, first=number == 0)
            error = max(stump[3], 1e-10) if clip else np.float64(stump[3])
            say = 0.5 * np.log((1 - error) / error)
            if not fixed_weights:
                sign = 1 if reversed_update else -1
                weights = weights * np.exp(sign * say * y * _answers(stump, X))
                if renormalise:
                    weights = weights / weights.sum()
            total += say * _answers(stump, X_new)
    if not np.all(np.abs(total) > NEAR):
        clear[0] = False
    return np.where(total >= 0, 1, -1), clear[0]


def _data(generator, rows, features):
    y = np.where(generator.random(rows) < 0.5, -1, 1)
    X = np.round(generator.normal(0, 1, size=(rows, features)) + 0.6 * y[:, None] * generator.random(features), 2)
    return X, y


def cases(rng):
    X = np.array([[1.0], [2.0], [4.0], [5.0], [6.0], [8.0], [9.0]])
    y = np.array([1, 1, -1, -1, 1, 1, -1])
    X_new = np.array([[1.5], [4.5], [8.5]])
    yield case(X, y, X_new, 1, label="the example, one round")
    yield case(X, y, X_new, 3, label="the example, three rounds")
    separable = np.array([[0.5, 3.0], [1.0, 1.0], [2.0, 2.5], [3.0, 0.5], [4.0, 2.0]])
    yield case(separable, np.array([1, 1, 1, -1, -1]), separable, 3, label="a stump that makes no mistake")
    made = 0
    while made < 5:
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        X, y = _data(generator, int(generator.integers(20, 40)), int(generator.integers(1, 4)))
        X_new = np.round(generator.normal(0, 1.2, size=(int(generator.integers(10, 20)), X.shape[1])), 2)
        rounds = 3 + 2 * made
        variants = ({}, {"fixed_weights": True}, {"reversed_update": True}, {"renormalise": False})
        if all(_boost(X, y, X_new, rounds, **options)[1] for options in variants):
            made += 1
            yield case(X, y, X_new, rounds, label=f"random rows, {rounds} rounds")


def diagnose(case, expected, got):
    if not isinstance(got, np.ndarray) or got.shape != expected.shape:
        return None
    if not np.isin(got, (-1, 1)).all():
        return "Every answer should be -1 or +1: the sign of the weighted sum of the stumps' answers."
    for options, advice in (
        (
            {"fixed_weights": True},
            "Every round picked the same stump as the first. Either the weights never changed, or they changed "
            "the wrong way: when the rows the stump got right become heavier, the same stump wins again. The rows "
            "it got wrong must weigh more, and each round chooses its stump with the new weights.",
        ),
        (
            {"clip": False},
            "A stump with no mistake has an error of 0, and its say, ½ ln((1 - error) / error), becomes infinite: "
            "the weights turn into nan. Clip the error to at least 1e-10 first.",
        ),
        (
            {"renormalise": False},
            "After each update the weights must be scaled to add up to 1 again: the error of the next stump is "
            "read as a share of the total weight.",
        ),
    ):
        variant, _ = _boost(*case.args, **options)
        if not np.array_equal(variant, expected) and np.array_equal(got, variant):
            return advice
    return None
