from mlsteps.engine.cases import case

CLASSES = ["billing", "bug", "refund", "account", "feature"]


def _per_class(y_true, y_pred):
    """Each class of y_true with its F1, 2·TP / (2·TP + FP + FN), rounded to 3."""
    scores = {}
    for label in sorted(set(y_true)):
        tp = sum(t == label and p == label for t, p in zip(y_true, y_pred, strict=False))
        fp = sum(t != label and p == label for t, p in zip(y_true, y_pred, strict=False))
        fn = sum(t == label and p != label for t, p in zip(y_true, y_pred, strict=False))
        scores[label] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return scores


def tickets(rng, rows, classes):
    """Ticket classes with one rare class, and predictions right about 80% of the time (less for the rare one)."""
    weights = [rng.uniform(1, 4) for _ in classes[:-1]] + [0.4]
    y_true = rng.choices(classes, weights=weights, k=rows)
    for label in classes:
        if label not in y_true:
            y_true[rng.randrange(rows)] = label
    y_pred = []
    for label in y_true:
        right = 0.45 if label == classes[-1] else 0.85
        y_pred.append(label if rng.random() < right else rng.choice(classes))
    return y_true, y_pred


def cases(rng):
    yield case(
        ["bug"] * 5 + ["billing"] * 3 + ["refund"],
        ["bug"] * 5 + ["billing", "billing", "bug", "billing"],
        label="the example",
    )
    yield case(
        ["billing", "billing", "bug", "bug", "bug", "refund", "refund"],
        ["billing", "billing", "bug", "bug", "bug", "bug", "bug"],
        label="refund is never predicted",
    )
    yield case(
        ["account", "account", "feature", "feature", "bug", "bug", "bug", "bug"],
        ["account", "bug", "feature", "bug", "bug", "bug", "bug", "bug"],
        label="account and feature tie for the lowest F1",
    )
    for number in range(5):
        classes = rng.sample(CLASSES, rng.randint(3, 5))
        y_true, y_pred = tickets(rng, rng.randint(40, 120), classes)
        yield case(y_true, y_pred, label=f"support tickets and a model's guesses ({number + 1})")


def diagnose(case, expected, got):
    if not isinstance(got, dict) or set(got) != set(expected) or got == expected:
        return None
    y_true, y_pred = case.args
    per_class = _per_class(y_true, y_pred)
    never = sorted(label for label in per_class if label not in y_pred)
    accuracy = round(sum(t == p for t, p in zip(y_true, y_pred, strict=False)) / len(y_true), 3)
    if _close(got.get("weighted"), accuracy) and not _close(expected["weighted"], accuracy):
        return (
            f"Your weighted F1 ({got['weighted']}) is the micro average, which for single-label classes equals the "
            "accuracy. Weighted F1 weighs each class's F1 by its number of true rows."
        )
    if _close(got.get("macro"), expected["weighted"]) and _close(got.get("weighted"), expected["macro"]):
        return "Macro and weighted are swapped: macro is the plain mean of the per-class F1 values."
    if never and not _close(got.get("macro"), expected["macro"]):
        return (
            f"The model never predicts {', '.join(never)}, so its F1 is 0, and it still counts: list the classes "
            "from y_true, not from the predictions."
        )
    rounded = {label: round(value, 3) for label, value in per_class.items()}
    lowest = min(rounded.values())
    tied = sorted(label for label, value in rounded.items() if value == lowest)
    if len(tied) > 1 and got.get("weakest") in tied[1:]:
        return (
            f"{', '.join(tied)} tie for the lowest F1 ({lowest}); a tie goes to the class first in alphabetical "
            f"order, {tied[0]}."
        )
    return None


def _close(a, b):
    return isinstance(a, int | float) and abs(a - b) <= 0.0005
