from mlsteps.engine.cases import case


def _raises(age):
    if isinstance(age, bool) or not isinstance(age, int):
        return "TypeError"
    if age < 0 or age > 130:
        return "ValueError"
    return None


def cases(rng):
    yield case(42, label="the example: a fine age")
    yield case(-4, raises="ValueError", label="the example: a negative age")
    yield case("42", raises="TypeError", label="the example: a string")
    yield case(0, label="a newborn: 0 is allowed")
    yield case(130, label="the top of the range is allowed")
    yield case(131, raises="ValueError", label="just above the range")
    yield case(-1, raises="ValueError", label="just below the range")
    yield case(42.0, raises="TypeError", label="a float, even a round one")
    yield case(None, raises="TypeError", label="None")
    yield case(True, raises="TypeError", label="a bool is not an age")
    for _ in range(5):
        kind = rng.choice(["any int", "fine int", "float", "text"])
        if kind == "any int":
            age = rng.randint(-50, 200)
        elif kind == "fine int":
            age = rng.randint(0, 130)
        elif kind == "float":
            age = round(rng.uniform(0, 100), 1)
        else:
            age = str(rng.randint(0, 99))
        yield case(age, raises=_raises(age), label="a random age")
