import numpy as np

from mlsteps.engine.cases import case


def _ordinal_auc(y_true, scores, descending=False):
    """The AUC from ranks that break ties by position (argsort's order), or from ranks counted downwards."""
    scores = np.asarray(scores, dtype=float)
    order = np.argsort(-scores if descending else scores, kind="stable")
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    positive = np.asarray(y_true) == 1
    n_pos, n_neg = positive.sum(), (~positive).sum()
    return float((ranks[positive].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def cases(rng):
    yield case(np.array([0, 0, 1, 1]), np.array([0.1, 0.4, 0.35, 0.8]), label="the example")
    yield case(np.array([0, 1]), np.array([0.5, 0.5]), label="one positive tied with one negative")
    yield case(np.array([1, 0, 1, 0, 0]), np.array([0.3, 0.3, 0.3, 0.3, 0.3]), label="every score the same")
    yield case(np.array([1, 1, 0, 0, 1, 0]), np.array([0.9, 0.6, 0.6, 0.2, 0.6, 0.1]), label="a tie across classes")
    yield case(np.array([0, 0, 1, 1, 1]), np.array([-2.0, -1.0, 0.5, 3.0, 7.0]), label="positives on top: 1.0")
    yield case(np.array([1, 1, 0, 0]), np.array([0.1, 0.2, 0.8, 0.9]), label="upside down: 0.0")
    yield case(np.array([1, 1, 1]), np.array([0.2, 0.5, 0.9]), label="only positives", raises="ValueError")
    yield case(np.array([0, 0]), np.array([0.2, 0.5]), label="only negatives", raises="ValueError")
    for _ in range(5):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        size = int(generator.integers(15, 60))
        y_true = (generator.random(size) < 0.4).astype(int)
        y_true[:2] = [0, 1]  # both classes, always
        scores = np.round(generator.random(size) * 0.6 + 0.4 * y_true, 1)  # one decimal: plenty of ties
        yield case(y_true, scores, label="random scores with one decimal (many ties)")


def diagnose(case, expected, got):
    if not isinstance(got, int | float) or case.raises:
        return None
    y_true, scores = case.args
    if abs(got - (1 - expected)) < 1e-9 and abs(expected - 0.5) > 1e-9:
        return (
            "This is one minus the AUC: your ranks count from the highest score down, or the classes are swapped. "
            "Rank 1 belongs to the lowest score, and the ranks that matter are those of class 1."
        )
    if abs(got - _ordinal_auc(y_true, scores)) < 1e-9:
        return (
            "Tied scores got different ranks, in the order they happen to come in. Tied scores must all get the "
            "average of the ranks they share, so that a tie between a positive and a negative counts as half a win."
        )
    return None
