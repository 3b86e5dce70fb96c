import re

from mlsteps.engine.cases import case

NAME = re.compile(r"[A-Za-z_]\w*")
WORDS = ["rows", "total", "mean", "price", "tax", "count", "rate", "width", "height", "area", "score", "bonus"]


def _random_notebook(rng):
    """Cells that form a chain of definitions, shuffled on the page."""
    names = rng.sample(WORDS, rng.randint(3, 7))
    cells = []
    for position, name in enumerate(names):
        earlier = names[:position]
        used = rng.sample(earlier, min(len(earlier), rng.randint(0, 2)))
        expression = " + ".join([*used, str(rng.randint(1, 9))])
        cells.append(f"{name} = {expression}")
    if rng.random() < 0.4 and len(cells) > 1:  # two lines in one cell
        first, second = cells.pop(), cells.pop()
        cells.append(f"{second}\n{first}")
    rng.shuffle(cells)
    if rng.random() < 0.2:
        cells.append(f"oops = {rng.choice(names)} + unknown")
    return cells


def _parse(source):
    needs, makes = set(), set()
    for line in source.splitlines():
        if line.strip():
            target, expression = line.split("=", 1)
            needs |= set(NAME.findall(expression)) - makes
            makes.add(target.strip())
    return needs, makes


def _can_order(cells):
    parsed = [_parse(source) for source in cells]
    made, waiting = set(), set(range(len(cells)))
    while waiting:
        ready = [index for index in waiting if parsed[index][0] <= made]
        if not ready:
            return False
        waiting.remove(ready[0])
        made |= parsed[ready[0]][1]
    return True


def cases(rng):
    yield case(["area = width * height", "width = 3", "height = width + 1"], label="the example")
    yield case(["x = 1", "y = z", "z = y"], raises="ValueError", label="the example: two cells wait for each other")
    yield case(["a = 1", "b = a * 2"], label="already in order")
    yield case(["c = a + b", "b = 2", "a = 1"], label="two cells ready at once: the higher one first")
    yield case(["total = a + 1", "a = 1", "b = 2"], label="a cell becomes ready before a cell lower on the page")
    yield case(["total = a + 1", "a = 1\nb = a + 1"], label="a cell that uses a name it made on an earlier line")
    yield case(["y = x * 2\nx = 5", "x = 1", "z = y"], label="a cell that uses a name before it assigns it")
    yield case(["n = 10", "m = n + missing"], raises="ValueError", label="a name no cell makes")
    yield case([], label="an empty notebook")
    for _ in range(6):
        cells = _random_notebook(rng)
        yield case(cells, raises=None if _can_order(cells) else "ValueError", label="a random notebook")


def diagnose(case, expected, got):
    (cells,) = case.args
    if not isinstance(got, list) or not isinstance(expected, list) or sorted(got) != sorted(expected):
        return None
    parsed = [_parse(source) for source in cells]
    made = set()
    for index in got:
        needs, makes = parsed[index]
        if not needs <= made:
            return (
                f"Cell {index} runs before a name it needs exists ({', '.join(sorted(needs - made))}): a name the "
                "cell uses before the cell assigns it must come from a cell run earlier."
            )
        made |= makes
    return (
        "Your order works, but the rule picks one order: whenever several cells may run, the one with the "
        "smallest index runs next."
    )
