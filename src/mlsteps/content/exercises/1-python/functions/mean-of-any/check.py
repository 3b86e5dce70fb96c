from mlsteps.engine.cases import case


def cases(rng):
    yield case(2, 4, 9, label="the example")
    yield case(1, 2, label="two values")
    yield case(7, label="one value")
    yield case(label="no values at all")
    yield case(-3, 3, -1.5, 1.5, label="negative values")
    yield case(0.5, 0.25, 2.75, label="decimal values")
    for _ in range(5):
        values = [rng.randint(-100, 100) for _ in range(rng.randint(3, 9))]
        yield case(*values, label="random values")


def diagnose(case, expected, got):
    numbers = case.args
    if not numbers and got == 0 and not isinstance(got, bool):
        return "With no values there is no mean: return None, not 0 (a 0 would look like a real average)."
    if not isinstance(got, int | float) or isinstance(got, bool) or got == expected:
        return None
    if len(numbers) != 2 and got == sum(numbers) / 2:
        values = "1 value" if len(numbers) == 1 else f"{len(numbers)} values"
        return (
            f"You divided by 2, but this call passed {values}: divide by how many values there are, "
            "which changes with every call."
        )
    return None
