import math
import statistics

from mlsteps.engine.cases import case


def cases(rng):
    yield case([2, 9, 4, 4, 9, 6], label="the example")
    yield case([7], label="the example: one number")
    yield case([5, 1, 3], label="an odd count, not sorted")
    yield case([10, 2, 8, 4], label="an even count, not sorted")
    yield case([3, 1, 3, 1, 2], label="a tie for the most common, the larger first")
    yield case([1.5, 2.5], label="two decimals")
    for _ in range(5):
        numbers = [rng.randint(1, 12) for _ in range(rng.randint(3, 11))]
        yield case(numbers, label="random whole numbers")


def diagnose(case, expected, got):
    (numbers,) = case.args
    if not isinstance(got, dict) or got == expected:
        return None

    def differs(key):
        value, want = got.get(key), expected[key]
        if want is None or value is None:
            return value != want
        return not (isinstance(value, int | float) and math.isclose(value, want, rel_tol=1e-9, abs_tol=1e-12))

    if differs("median") and numbers != sorted(numbers):
        return "The median is the middle of the numbers once they are sorted; these ones are not sorted yet."
    if differs("mode"):
        return (
            f"Several values appear equally often here; the mode is the one that appears first in the list "
            f"({expected['mode']})."
        )
    if differs("stdev"):
        if expected["stdev"] is None:
            return "With a single number there is no spread to measure: the rule asks for None, not 0."
        if got.get("stdev") is not None and math.isclose(got["stdev"], statistics.pstdev(numbers)):
            return (
                "That is the population standard deviation (dividing by n); the rule asks for the sample one, "
                "which divides by n - 1."
            )
    return None
