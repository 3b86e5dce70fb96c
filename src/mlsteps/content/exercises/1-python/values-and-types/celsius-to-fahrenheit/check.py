import math

from mlsteps.engine.cases import case


def cases(rng):
    yield case(100, label="the example: water boils")
    yield case(37, label="the example: body temperature")
    yield case(21.3, label="the example: a value that needs rounding")
    yield case(0, label="zero: water freezes")
    yield case(-40, label="minus forty, the same on both scales")
    yield case(-12.7, label="a negative number with a decimal point")
    for _ in range(5):
        # Tenths of a degree: the exact answer then has at most two decimals, and never ends in 5,
        # so rounding it to one decimal place has one clear answer however it is computed.
        yield case(rng.randint(-400, 450) / 10, label="a random temperature")


def _close(a, b):
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def diagnose(case, expected, got):
    (celsius,) = case.args
    if not isinstance(got, int | float) or isinstance(got, bool):
        return None
    exact = celsius * 9 / 5 + 32
    if _close(got, exact):
        return "Your formula is right: now round the answer to 1 decimal place with `round`."
    if celsius != 0 and (_close(got, round(celsius * 9 / 5, 1)) or _close(got, celsius * 9 / 5)):
        return "You multiplied by 9 / 5 but forgot to add 32 at the end."
    if _close(got, round(celsius * 5 / 9 + 32, 1)) or _close(got, celsius * 5 / 9 + 32):
        return "Use 9 / 5, not 5 / 9: 5 / 9 is the factor for the other direction, Fahrenheit to Celsius."
    if _close(got, round((celsius + 32) * 9 / 5, 1)) or _close(got, (celsius + 32) * 9 / 5):
        return (
            "Multiply first, then add 32: adding 32 before multiplying changes the answer "
            "(look up operator precedence)."
        )
    return None
