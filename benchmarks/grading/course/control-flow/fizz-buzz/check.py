from mlsteps.engine.cases import case


def cases(rng):
    yield case(5, label="the example")
    yield case(0, label="no numbers")
    yield case(1, label="one number")
    yield case(15, label="up to the first FizzBuzz")


def diagnose(case, expected, got):
    if not isinstance(got, list) or got == expected:
        return None
    if got and got[0] == "FizzBuzz":
        return "Your list starts at 0: count from 1 to n with `range(1, n + 1)`."
    if any(isinstance(item, int) for item in got):
        return "Some items are whole numbers: turn each plain number into a string with `str(i)`."
    return None
