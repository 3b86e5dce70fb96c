from mlsteps.engine.cases import case

NAMES = ["Ada", "Alan", "Grace", "Linus", "Hedy", "Tim", "Zoë", "Katherine", "Dennis"]


def cases(rng):
    yield case([("Ada", 91), ("Alan", 78), ("Grace", 91), ("Linus", 64)], label="the example: a tie for best")
    yield case([("solo", 5)], label="the example: one result")
    yield case([("a", 3), ("b", 1), ("c", 1), ("d", 2)], label="a tie for worst")
    yield case([("x", 7), ("y", 7), ("z", 7)], label="everyone tied")
    yield case([("cold", -4.5), ("colder", -10.25), ("mild", 3.0)], label="negative decimal scores")
    yield case([], raises="ValueError", label="no results")
    for _ in range(5):
        results = [(rng.choice(NAMES), rng.randint(0, 10)) for _ in range(rng.randint(2, 9))]
        yield case(results, label="random results")


def diagnose(case, expected, got):
    if got == expected or not isinstance(got, tuple | list) or len(got) != 2:
        return None
    as_lists = [list(part) if isinstance(part, tuple | list) else part for part in got]
    if (isinstance(got, list) or any(isinstance(part, list) for part in got)) and as_lists == [
        list(part) for part in expected
    ]:
        return "The values are right, but the answer must be a tuple of tuples, not lists."
    if all(isinstance(part, tuple | list) and len(part) == 2 for part in got):
        if [tuple(reversed(part)) for part in got] == list(expected):
            return "Each inner tuple is (name, score), the name first."
        for part, want, word in zip(got, expected, ("best", "worst"), strict=True):
            if tuple(part) != tuple(want) and len(part) == 2 and part[1] == want[1]:
                return (
                    f"{part[0]!r} ties with {want[0]!r} for the {word} score; the result that comes first in "
                    "the list wins a tie."
                )
    return None
