from mlsteps.engine.cases import case

EXAMPLE = [("import math", 1), ("r = 2", 4), ("area = math.pi * r ** 2", 3), ("print(area)", None)]
SOURCES = [
    "import csv",
    "rows = []",
    "rows.append(1)",
    "total = sum(rows)",
    "print(total)",
    "x = 3",
    "y = x * 2",
    "del x",
    "scores = {}",
    "len(rows)",
]


def cases(rng):
    yield case(EXAMPLE, label="the example")
    yield case([("a = 1", 1), ("b = a", 2)], label="run top to bottom")
    yield case([("z = 0", None), ("y = 1", None)], label="nothing ran")
    yield case([("late = 1", 10), ("early = 2", 2), ("middle = 3", 5)], label="counts above 9")
    yield case([("b = 2", 2), ("a = 1", 1), ("skip = 0", None), ("c = 3", 3)], label="sources not in text order")
    for _ in range(5):
        sources = rng.sample(SOURCES, rng.randint(3, 8))
        counts = [None if rng.random() < 0.25 else count for count in rng.sample(range(1, 30), len(sources))]
        cells = list(zip(sources, counts, strict=True))
        yield case(cells, label="a random notebook")


def diagnose(case, expected, got):
    (cells,) = case.args
    if not isinstance(got, dict) or not isinstance(got.get("ran"), list):
        return None
    ran = got["ran"]
    if any(source in ran for source in expected["never_ran"]):
        return "A cell showing no number never ran: it belongs in never_ran, and the kernel knows nothing of it."
    if ran == [source for source, count in cells if count is not None] != expected["ran"]:
        return (
            "Your cells that ran are in the order of the page; the kernel ran them in the order of the numbers "
            "in the brackets, smallest first."
        )
    if ran == sorted(expected["ran"]) != expected["ran"]:
        return (
            "Your cells are sorted by their text: sorting pairs compares their first items, the sources. Sort "
            "by the count instead, with a key."
        )
    return None
