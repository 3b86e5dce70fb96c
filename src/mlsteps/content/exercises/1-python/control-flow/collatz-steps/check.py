from mlsteps.engine.cases import case


def _steps_with_floats(n, limit=10_000):
    """The count a learner gets by halving with `/`: floats lose digits once numbers pass 2**53."""
    steps = 0
    while n != 1 and steps < limit:
        n = n / 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def cases(rng):
    yield case(6, label="the example")
    yield case(1, label="already at 1")
    yield case(2, label="one step")
    yield case(7, label="an odd start")
    yield case(27, label="a long trip")
    yield case(2**60 + 1, label="a very large number")
    for _ in range(5):
        yield case(rng.randint(3, 5000), label="a random start")


def diagnose(case, expected, got):
    (n,) = case.args
    if not isinstance(got, int | float) or isinstance(got, bool) or got == expected:
        return None
    if got == expected + 1:
        return (
            "Your count is one too many: count the steps (the arrows between numbers), not the numbers "
            "themselves. collatz_steps(1) is 0."
        )
    if got == _steps_with_floats(n):
        return (
            "For numbers this large, `/` gives a float that has lost its last digits, and the trip goes wrong: "
            "use `//` to halve."
        )
    return None
