from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score

from mlsteps.engine.cases import case


def _exact(y_true, y_pred):
    return {
        "accuracy": float(accuracy_score(y_true, y_pred)),
        "precision": float(precision_score(y_true, y_pred, zero_division=0)),
        "recall": float(recall_score(y_true, y_pred, zero_division=0)),
        "f1": float(f1_score(y_true, y_pred, zero_division=0)),
    }


def cases(rng):
    yield case([1, 0, 1, 1, 0, 0, 1, 0], [1, 0, 0, 1, 1, 0, 1, 0], label="the example")
    yield case([1, 0, 1, 0], [1, 0, 1, 0], label="every prediction right")
    yield case([1, 1, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0], label="careful: one positive predicted, and it is right")
    yield case([1, 1, 1, 0, 0, 0], [1, 1, 1, 1, 1, 1], label="says yes to everything")
    yield case([0, 1, 0, 0, 1, 0], [0, 0, 0, 0, 0, 0], label="never predicts a positive")
    for _ in range(5):
        size = rng.randint(12, 60)
        y_true = [int(rng.random() < 0.35) for _ in range(size)]
        # A model that is right most of the time, and wrong at random otherwise.
        y_pred = [answer if rng.random() < 0.75 else 1 - answer for answer in y_true]
        yield case(y_true, y_pred, label=f"{size} random predictions")


def _close(got, want):
    return isinstance(got, int | float) and abs(got - want) < 1e-9


def diagnose(case, expected, got):
    y_true, y_pred = case.args
    if not isinstance(got, dict) or set(got) != set(expected):
        return None
    exact = _exact(y_true, y_pred)
    if all(_close(got[name], exact[name]) for name in exact) and got != expected:
        return "The scores are right but not rounded to 3 decimal places."
    if (
        expected["precision"] != expected["recall"]
        and _close(got["precision"], expected["recall"])
        and _close(got["recall"], expected["precision"])
    ):
        return (
            "Your precision and recall have swapped places: the metric functions take the true answers first, "
            "then the predictions. Precision asks 'of the rows predicted 1, how many really are 1?'; "
            "recall asks 'of the rows that really are 1, how many were found?'."
        )
    return None
