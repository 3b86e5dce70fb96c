from mlsteps.engine.cases import case

TREES = {
    "deep tree": {"train": 100, "validation": 78},
    "shallow tree": {"train": 84, "validation": 82},
    "forest": {"train": 97, "validation": 82},
}
NAMES = ["knn", "logistic", "tree", "forest", "boosting", "svm", "naive bayes"]


def cases(rng):
    yield case(TREES, label="the example")
    yield case({"only": {"train": 70, "validation": 65}}, label="one model")
    yield case(
        {"b": {"train": 90, "validation": 80}, "a": {"train": 80, "validation": 79}},
        label="a clear winner on validation",
    )
    yield case(
        {"wide": {"train": 95, "validation": 85}, "narrow": {"train": 86, "validation": 85}},
        label="a tie on validation, the smaller gap listed last",
    )
    yield case(
        {"zeta": {"train": 90, "validation": 88}, "alpha": {"train": 90, "validation": 88}},
        label="the same scores: the name decides",
    )
    yield case({}, raises="ValueError", label="no models")
    for _ in range(5):
        results = {}
        for name in rng.sample(NAMES, rng.randint(2, 6)):
            validation = rng.randint(78, 84)
            results[name] = {"train": validation + rng.choice([0, 2, 5, 5, 10, 16]), "validation": validation}
        yield case(results, label="random models")


def diagnose(case, expected, got):
    (results,) = case.args
    if got not in results or got == expected:
        return None
    chosen, best = results[got], results[expected]
    if chosen["validation"] < best["validation"]:
        if chosen["train"] > best["train"]:
            return (
                f"{got!r} has the better training score, but {expected!r} the better validation score: only the "
                "validation score, measured on examples the model did not learn from, can choose a model."
            )
        return f"{expected!r} has a higher validation score than {got!r}."
    gap, best_gap = chosen["train"] - chosen["validation"], best["train"] - best["validation"]
    if gap != best_gap:
        return (
            f"{got!r} and {expected!r} tie on validation; the rule breaks the tie by the smaller gap between "
            f"training and validation ({best_gap} against {gap})."
        )
    return (
        f"{got!r} and {expected!r} tie on both validation and gap; the rule then takes the name that comes "
        "first in alphabetical order."
    )
