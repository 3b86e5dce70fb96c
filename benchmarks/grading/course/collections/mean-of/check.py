from mlsteps.engine.cases import case


def cases(rng):
    yield case([1, 2, 3, 4], label="the example")
    yield case([], label="an empty list")
    yield case([5], label="one number")
    yield case([-2, 3, 6], label="a negative number")


def diagnose(case, expected, got):
    (values,) = case.args
    if values and isinstance(got, int | float) and got == sum(values) // len(values) and got != expected:
        return "Your answer lost its decimals: use `/`, not `//`, which rounds down to a whole number."
    return None
