from mlsteps.engine.cases import case

CITIES = ["Oslo", "Lima", "Pune", "Kyiv", "Accra", "Quito", "Hanoi", "Perth", "Turin", "Cork", "Nice", "Bonn"]


def _known(targets):
    return [value for value in targets if value is not None]


def cases(rng):
    yield case(["spam", "ham", "spam"], label="the example: text labels")
    yield case([1, 5, 3, None, 4], label="the example: star ratings with a missing one")
    yield case([19.5, 21.0, 18.25], label="the example: temperatures")
    yield case(list(range(50)), label="the example: fifty different whole numbers")
    yield case(CITIES, max_classes=5, label="twelve different text labels, more than max_classes")
    yield case([0.5, 1.5, 2.5], label="three values, each with a fractional part")
    yield case([1.0, 2.0, 3.0, 2.0], label="whole numbers written as floats")
    yield case([1, 2, 3, 4, 5], max_classes=5, label="exactly max_classes different values")
    yield case([1, 2, 3, 4, 5, 6], max_classes=5, label="one more than max_classes")
    yield case([1, 2, None, 3, None], max_classes=3, label="max_classes values plus missing ones")
    yield case([], raises="ValueError", label="no targets at all")
    yield case([None, None], raises="ValueError", label="only missing targets")
    for _ in range(6):
        kind = rng.choice(["text", "fractions", "few whole", "many whole"])
        size = rng.randint(5, 25)
        if kind == "text":
            targets = [rng.choice(CITIES) for _ in range(size)]
        elif kind == "fractions":
            targets = [round(rng.uniform(0, 100), 2) for _ in range(size)]
        elif kind == "few whole":
            targets = [rng.randint(0, 3) for _ in range(size)]
        else:
            targets = rng.sample(range(1000), size)
        targets = [None if rng.random() < 0.15 else value for value in targets]
        if not _known(targets):
            targets.append(rng.choice(CITIES))
        yield case(targets, max_classes=rng.choice([3, 4, 10]), label=f"random targets ({kind})")


def diagnose(case, expected, got):
    targets = case.args[0]
    max_classes = case.kwargs.get("max_classes", 10)
    known = _known(targets)
    if got not in ("classification", "regression") or got == expected:
        return None
    if any(isinstance(value, str) for value in known):
        return "Text labels are categories, however many different ones there are: they always mean classification."
    if any(isinstance(value, float) and not value.is_integer() for value in known):
        return "A value with a part after the point, like 2.5, is a quantity on a scale: that means regression."
    at_limit = len(set(known)) == max_classes
    has_missing = len(known) != len(targets)
    limit = (
        f"there are exactly max_classes ({max_classes}) different known values, and at most max_classes is still "
        "classification: check the comparison at the limit"
    )
    missing = "None is a missing answer, not one more category: leave it out before counting different values"
    if at_limit and has_missing:
        return f"Two things to check here: {missing}; and {limit}."
    if at_limit:
        return limit[0].upper() + limit[1:] + "."
    if has_missing:
        return missing + "."
    return None
