from mlsteps.engine.cases import case

CITIES = ["Paris", "Lyon", "Nice", "Lille", "Nantes", "Brest", "Dijon"]


def cases(rng):
    yield case(["Paris", "Lyon", "Paris", "Nice", "Lyon"], label="the example: cities")
    yield case([3, 1, 3, 2, 1], label="the example: numbers")
    yield case([], label="an empty list")
    yield case([7], label="one item")
    yield case([5, 5, 5, 5], label="the same item again and again")
    yield case([9, 8, 7, 6], label="no repeats, largest first")
    yield case(["paris", "Paris", "PARIS", "paris"], label="capitals make different strings")
    yield case([10, -2, 10, 0, -2, 33, 0], label="negative numbers and zero")
    for _ in range(5):
        if rng.random() < 0.5:
            items = [rng.randint(0, 20) for _ in range(rng.randint(3, 15))]
        else:
            items = [rng.choice(CITIES) for _ in range(rng.randint(3, 12))]
        yield case(items, label="a random list")


def _adjacent_only(items):
    result = []
    for item in items:
        if not result or result[-1] != item:
            result.append(item)
    return result


def diagnose(case, expected, got):
    (items,) = case.args
    if isinstance(got, set | frozenset) and got == set(expected):
        return "You returned a set: the answer should be a list, in the order the items first appear."
    if not isinstance(got, list) or got == expected:
        return None
    if len(got) == len(expected) and sorted(got, key=repr) == sorted(expected, key=repr):
        return (
            "You have the right items, but in the wrong order: a set does not remember the order in which things "
            "went in. Use the set only to remember what you have seen, and build the answer as a list in a loop."
        )
    if got == _adjacent_only(items):
        return (
            "That removes only repeats that sit next to each other; an item seen anywhere earlier must be left "
            "out too. Keep a set of the items you have already seen."
        )
    if got == items:
        return "That is the whole list as it came: leave out each item you have already met."
    return None
