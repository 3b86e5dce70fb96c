import numpy as np

from mlsteps.engine.cases import case


def _recall(y_true, scores, threshold, strictly_above=False):
    y_true, scores = np.asarray(y_true), np.asarray(scores, dtype=float)
    flagged = scores > threshold if strictly_above else scores >= threshold
    return ((flagged & (y_true == 1)).sum()) / (y_true == 1).sum()


def _answer(y_true, scores, target, strictly_above=False, recall_strictly=False, lowest=False):
    candidates = sorted(set(scores), reverse=not lowest)
    for threshold in candidates:
        recall = _recall(y_true, scores, threshold, strictly_above)
        if recall > target or (recall == target and not recall_strictly):
            return float(threshold)
    return None


def validation_rows(rng, rows):
    """A model's scores: positives tend to score higher, but the two groups overlap."""
    y_true = [1 if rng.random() < 0.35 else 0 for _ in range(rows)]
    if 1 not in y_true:
        y_true[0] = 1
    scores = [round(min(max(rng.gauss(0.62 if label else 0.38, 0.18), 0.0), 1.0), 2) for label in y_true]
    return y_true, scores


def cases(rng):
    yield case([1, 0, 1, 1, 0, 1, 0, 0], [0.1, 0.4, 0.35, 0.8, 0.65, 0.7, 0.2, 0.05], 0.75, label="the example")
    yield case(
        [1, 0, 1, 0, 1, 0, 1, 1, 0, 0],
        [0.9, 0.85, 0.6, 0.55, 0.5, 0.3, 0.25, 0.2, 0.15, 0.1],
        0.6,
        label="3 of 5 positives is a recall of exactly 0.6",
    )
    yield case(
        [1, 0, 0, 1, 1, 0, 1],
        [0.9, 0.7, 0.6, 0.6, 0.4, 0.3, 0.2],
        0.5,
        label="a positive and a negative share the score 0.6",
    )
    yield case([0, 1, 0, 1, 1], [0.2, 0.3, 0.9, 0.8, 0.6], 1.0, label="every positive must be caught")
    for number in range(6):
        y_true, scores = validation_rows(rng, rng.randint(20, 60))
        positives = sum(y_true)
        exact = rng.randint(1, positives) / positives  # a recall the rows can reach exactly
        target = exact if number % 2 == 0 else round(rng.uniform(0.5, 0.95), 2)
        yield case(y_true, scores, target, label=f"validation rows of a screening model ({number + 1})")


def diagnose(case, expected, got):
    if not isinstance(got, int | float) or got == expected:
        return None
    y_true, scores, target = case.args
    above = _answer(y_true, scores, target, strictly_above=True)
    strict = _answer(y_true, scores, target, recall_strictly=True)
    if got == above and got == strict:
        return (
            "Two rules meet in this case; check both. A row whose score is equal to the threshold counts as "
            f"positive (at least the threshold, not strictly above it). And a recall exactly equal to the target "
            f"is enough: at {expected} the recall is exactly {target}."
        )
    if got == above:
        return (
            "A row whose score is equal to the threshold counts as positive: the rule is 'at least the threshold'. "
            "Counting only scores strictly above it misses the rows sitting on it."
        )
    if got == strict:
        return (
            f"A recall exactly equal to the target is enough: here {expected} reaches a recall of exactly {target}, "
            "so it already meets the goal."
        )
    if got == _answer(y_true, scores, target, lowest=True):
        return (
            "This threshold reaches the recall, but so do higher ones, which raise fewer false alarms: return "
            "the highest threshold that reaches the target, so search from the top down."
        )
    if got not in scores:
        return "The threshold should be one of the scores given: each score is a candidate."
    return None
