from mlsteps.engine.cases import case


def cases(rng):
    yield case(10, 4, label="the example")
    yield case(3, 0, label="dividing by zero")
    yield case(0, 5, label="zero on top")
    yield case(-9, 3, label="a negative number")
    yield case(1.5, 0.0, label="dividing by 0.0")
    yield case(7, 7, label="the same number")
    yield case(0, 0, label="zero by zero")
    for _ in range(5):
        a = rng.randint(-50, 50)
        b = 0 if rng.random() < 0.4 else rng.choice([-1, 1]) * rng.randint(1, 20)
        yield case(a, b, label="random numbers")


def diagnose(case, expected, got):
    _, b = case.args
    if b == 0 and got == 0 and not isinstance(got, bool):
        return (
            "When b is zero, return None, not 0: a ratio of 0 looks like a real answer "
            "(it is what a / b gives when a is 0)."
        )
    return None
