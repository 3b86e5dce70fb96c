from mlsteps.engine.cases import case

LIMITS = [(90, "A"), (80, "B"), (70, "C"), (60, "D")]


def _grade(score, strict=False):
    for limit, letter in LIMITS:
        if score > limit or (score == limit and not strict):
            return letter
    return "F"


def cases(rng):
    yield case(95, label="the example")
    yield case(90, label="exactly 90")
    yield case(89, label="just below 90")
    yield case(80, label="exactly 80")
    yield case(70, label="exactly 70")
    yield case(60, label="exactly 60")
    yield case(59.5, label="just below 60, with a decimal")
    yield case(100, label="the top score")
    yield case(0, label="zero")
    for _ in range(5):
        yield case(rng.randint(0, 100), label="a random score")


def diagnose(case, expected, got):
    (score,) = case.args
    if not isinstance(got, str) or got == expected:
        return None
    if score in (90, 80, 70, 60) and got == _grade(score, strict=True):
        return (
            f"A score of {score} sits exactly on a boundary and gets the higher grade: "
            "use `>=` (\"or more\"), not `>`."
        )
    if got == "D" and score >= 70:
        return (
            "Your conditions are checked in the wrong order: Python stops at the first one that is true, "
            "and a high score is also `>= 60`. Start with `>= 90` and go down."
        )
    return None
