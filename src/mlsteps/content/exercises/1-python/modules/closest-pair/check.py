import math

from mlsteps.engine.cases import case

LETTERS = "abcdefghijklmnop"


def cases(rng):
    yield case([("a", (0, 0)), ("b", (5, 5)), ("c", (1, 1)), ("d", (6, 6))], label="the example: a tie")
    yield case([("x", (0, 0)), ("y", (3, 4))], label="two points")
    yield case([("p", (2, 2)), ("q", (9, 9)), ("r", (2, 2))], label="two points at the same place")
    yield case([("zed", (0, 0)), ("amy", (0, 1)), ("bob", (9, 9))], label="the earlier name is later in the alphabet")
    yield case([("alone", (1, 1))], raises="ValueError", label="one point")
    yield case([], raises="ValueError", label="no points")
    for _ in range(5):
        names = rng.sample(LETTERS, rng.randint(3, 9))
        yield case([(name, (rng.randint(0, 9), rng.randint(0, 9))) for name in names], label="random points")


def diagnose(case, expected, got):
    (points,) = case.args
    if not isinstance(got, tuple | list) or len(got) != 3 or got == expected:
        return None
    name_a, name_b, distance = got
    if name_a == name_b:
        return "A point was paired with itself (distance 0): a pair is two different points of the list."
    position = {name: index for index, (name, _) in enumerate(points)}
    if name_a in position and name_b in position and position[name_a] > position[name_b]:
        return f"{name_b!r} comes earlier in the list than {name_a!r}: the names come in the order of the list."
    if isinstance(distance, int | float) and math.isclose(distance, expected[2]):
        return (
            f"Several pairs are exactly as close; the rule keeps the pair that comes first in list order "
            f"({expected[0]!r} with {expected[1]!r}), replacing the best pair only when another is strictly "
            "closer."
        )
    return None
