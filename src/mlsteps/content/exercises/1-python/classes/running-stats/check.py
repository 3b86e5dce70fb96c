from mlsteps.engine.cases import case


def cases(rng):
    yield case([3, 8, 4, 10], label="the example")
    yield case([], label="no values yet")
    yield case([7], label="one value")
    yield case([-3.5, -1.0, -7.25], label="every value negative")
    yield case([2, 3], label="a mean that is not a whole number")
    yield case([5, 5, 5], label="the same value three times")
    for _ in range(2):
        yield case([rng.randint(-20, 40) for _ in range(rng.randint(2, 12))], label="random whole numbers")
    for _ in range(3):
        temperatures = [round(rng.uniform(-15, 35), 1) for _ in range(rng.randint(2, 12))]
        yield case(temperatures, label="random temperatures")


def diagnose(case, expected, got):
    (values,) = case.args
    if not isinstance(got, dict) or not values:
        return None
    if got.get("mean") == sum(values) // len(values) != expected["mean"]:
        return (
            "Your mean was rounded down to a whole number: `//` throws away the part after the point. "
            "Divide with `/`."
        )
    if got.get("max") == 0 and max(values) < 0:
        return (
            "When every value is negative, a largest value that starts at 0 is never replaced: start it at "
            "None and take the first value as it comes."
        )
    return None
