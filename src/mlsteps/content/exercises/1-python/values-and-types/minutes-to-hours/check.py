from mlsteps.engine.cases import case


def cases(rng):
    yield case(135, label="the example: a film")
    yield case(45, label="less than an hour")
    yield case(0, label="zero minutes")
    yield case(60, label="exactly one hour")
    yield case(59, label="one minute short of an hour")
    yield case(1500, label="more than a day")
    for _ in range(5):
        yield case(rng.randint(61, 10000), label="a random number of minutes")


def diagnose(case, expected, got):
    (total,) = case.args
    if not isinstance(got, tuple | list) or len(got) != 2:
        return None
    hours = got[0]
    if list(got) == [total % 60, total // 60]:
        return "The two numbers are swapped: give hours first, then minutes."
    if isinstance(hours, float) and not hours.is_integer():
        return (
            f"`/` gives a number with a decimal part ({hours}): use `//` to get whole hours, "
            "and `%` for the minutes left over."
        )
    if isinstance(got, list) and got == list(expected):
        return (
            "Right numbers, but in a list: the answer is a tuple. "
            "Two values returned with a comma between them, and no square brackets, make one."
        )
    return None
