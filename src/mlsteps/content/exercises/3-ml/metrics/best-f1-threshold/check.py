import numpy as np

from mlsteps.engine.cases import case


def _f1_by_threshold(y_true, scores):
    """Each distinct score as a threshold, highest first, with its F1 (0 where no flagged row is positive)."""
    y_true, scores = np.asarray(y_true), np.asarray(scores, dtype=float)
    positives = (y_true == 1).sum()
    table = []
    for threshold in np.unique(scores)[::-1]:
        flagged = scores >= threshold
        caught = (flagged & (y_true == 1)).sum()
        table.append((float(threshold), round(2 * caught / (flagged.sum() + positives), 3)))
    return table


def model_scores(rng, rows):
    y_true = [1 if rng.random() < 0.4 else 0 for _ in range(rows)]
    y_true[0], y_true[1] = 1, 0
    scores = [round(min(max(rng.gauss(0.6 if label else 0.4, 0.2), 0.0), 1.0), 2) for label in y_true]
    return y_true, scores


def cases(rng):
    yield case([0, 1, 1, 0, 1], [0.2, 0.9, 0.6, 0.7, 0.3], label="the example")
    yield case(
        [1, 0, 0, 1, 0, 1, 0, 1],
        [0.15, 0.55, 0.4, 0.65, 0.25, 0.05, 0.3, 0.95],
        label="a tie: 0.65 and 0.05 both give an F1 of 0.667",
    )
    yield case(
        [0, 1, 0, 1, 1, 0],
        [0.95, 0.8, 0.3, 0.6, 0.2, 0.1],
        label="the highest score belongs to a negative row: at 0.95 precision and recall are both 0",
    )
    for number in range(6):
        y_true, scores = model_scores(rng, rng.randint(15, 50))
        yield case(y_true, scores, label=f"validation scores of a model ({number + 1})")


def diagnose(case, expected, got):
    if not isinstance(got, dict) or set(got) != {"threshold", "f1"} or got == expected:
        return None
    y_true, scores = case.args
    f1 = got["f1"]
    if isinstance(f1, float) and np.isnan(f1):
        return (
            "Your F1 is NaN: at some threshold precision and recall are both 0, and 2·p·r / (p + r) is then 0 / 0. "
            "The F1 there is 0; a NaN also wins np.argmax, which is how it became the answer."
        )
    table = _f1_by_threshold(y_true, scores)
    best = max(value for _, value in table)
    tied = [threshold for threshold, value in table if value == best]
    if len(tied) > 1 and got.get("threshold") == min(tied):
        return (
            f"The thresholds {', '.join(str(t) for t in sorted(tied))} tie for the best F1 ({best}); a tie goes to "
            "the higher threshold. Note that np.argmax returns the first best position, and the thresholds rise "
            "along the curve, so the first is the lowest."
        )
    rising = table[::-1]  # lowest threshold first, as the curve gives them
    following = [*rising[1:], (None, 0.0)]
    shifted = [(threshold, value) for (threshold, _), (_, value) in zip(rising, following, strict=True)]
    top = max(value for _, value in shifted)
    shifted_answer = {"threshold": max(t for t, value in shifted if value == top), "f1": top}
    if got == shifted_answer:
        return (
            "Each F1 here is the one measured at the next threshold up: precision and recall have one more value "
            "than the thresholds (the curve's last point, precision 1 and recall 0, has no threshold), so line "
            "them up by leaving that last point out, not the first."
        )
    return None
