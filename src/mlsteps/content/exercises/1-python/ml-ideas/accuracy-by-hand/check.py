from mlsteps.engine.cases import case

LABELS = ["cat", "dog", "owl"]


def cases(rng):
    yield case(["cat", "dog", "dog", "cat"], ["cat", "cat", "dog", "dog"], label="the example")
    yield case([1, 0, 1], [1, 0, 1], label="every prediction right")
    yield case([0, 0, 1, 1, 1], [1, 0, 1, 1, 0], label="wrong at the first and the last position")
    yield case(["a", "b", "c"], ["a", "b"], raises="ValueError", label="one prediction missing")
    yield case(["a"], ["a", "b"], raises="ValueError", label="one prediction too many")
    yield case([], [], raises="ValueError", label="nothing to score")
    for _ in range(5):
        size = rng.randint(3, 15)
        truth = [rng.choice(LABELS) for _ in range(size)]
        predicted = [label if rng.random() < 0.7 else rng.choice(LABELS) for label in truth]
        yield case(truth, predicted, label="random predictions")


def diagnose(case, expected, got):
    if not isinstance(got, dict) or not isinstance(expected, dict):
        return None
    wrong = got.get("wrong_at")
    want = expected["wrong_at"]
    if isinstance(wrong, list) and wrong != want and wrong == [index + 1 for index in want]:
        return "Each of your positions is one too high: positions are counted from 0, as list indexes are."
    rate = got.get("error_rate")
    right = len(case.args[0]) - len(want)
    if want and right and isinstance(rate, int | float) and abs(rate - len(want) / right) < 1e-9 != rate:
        return (
            "Your error rate divides the wrong predictions by the right ones: it is the wrong predictions out of "
            "all the predictions, so that accuracy and error rate add up to 1."
        )
    return None
