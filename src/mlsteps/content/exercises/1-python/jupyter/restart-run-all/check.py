from mlsteps.engine.cases import case

GOOD = ["data = [4, 8, 15, 16]", "total = sum(data)", "mean = total / len(data)", "top = max(data)"]
BROKEN = {
    "NameError": "print(undefined_name)",
    "ZeroDivisionError": "ratio = 1 / 0",
    "KeyError": "{'a': 1}['b']",
    "TypeError": "'text' + 1",
    "ValueError": "int('twelve')",
    "IndexError": "[1, 2][5]",
}


def cases(rng):
    yield case(["import math", "r = 2", "area = math.pi * r ** 2"], label="the example: all cells run")
    yield case(["x = 1", "y = x + z", "z = 2"], label="the example: a name used before its cell")
    yield case(["scores = [3, 5]", "mean = sum(scores) / len(scores)", "scores[2]"], label="the example: an index")
    yield case(["leftover = 41"], label="a cell that makes a name")
    yield case(["answer = leftover + 1"], label="a name only an earlier call made: a fresh kernel fails")
    yield case(["1 / 0", "undefined"], label="the first cell fails")
    yield case([], label="an empty notebook")
    for _ in range(5):
        cells = rng.sample(GOOD, rng.randint(1, 4))
        if rng.random() < 0.8:
            cells.insert(rng.randint(0, len(cells)), BROKEN[rng.choice(sorted(BROKEN))])
        yield case(cells, label="a random notebook")


def diagnose(case, expected, got):
    if expected is None:
        if got is not None and not got:
            return "Every cell ran: the rule asks for None then, not an empty value."
        if got is not None:
            return (
                "Every cell runs in a fresh kernel here, yet yours failed: was something left in the namespace "
                "by an earlier call?"
            )
        return None
    if got is None:
        return (
            "This notebook fails in a fresh kernel, but yours ran it: your namespace still held names from an "
            "earlier call. Make a new, empty dict inside the function."
        )
    if not isinstance(got, tuple | list) or len(got) != 2:
        return None
    index, name = got
    if index == expected[0] + 1:
        return "Your index is one too high: cells are counted from 0, as list indexes are."
    if index == expected[0] and name != expected[1]:
        return (
            f"Name the error by its class ({expected[1]}), which stays the same whatever the message says: "
            "the class of an exception object is `type(error)`, and a class has a `__name__`."
        )
    return None
