from mlsteps.engine.cases import case

STEPS = [
    "total = 0",
    "total = total + 5",
    "items = []",
    "items.append(len(items))",
    "name = 'model'",
    "name = name.upper()",
    "scores = {'a': 1}",
    "scores['b'] = scores.get('b', 0) + 1",
    "ratio = total / len(items)",
    "missing = not_defined + 1",
    "RESTART",
]


def cases(rng):
    yield case(
        ["count = 0", "count = count + 1", "count = count + 1", "label = 'run ' + str(count)"],
        label="the example: a cell run twice",
    )
    yield case(["a = 1", "RESTART", "b = 2", "c = 3\nd = a + c\ne = 5"], label="the example: a restart")
    yield case(["x = 1", "y = x * 10", "RESTART"], label="a restart at the very end")
    yield case(
        ["first = 1\nsecond = 1 / 0\nthird = 3", "after = first + 1"],
        label="an error in the middle of a cell, and a cell after it",
    )
    yield case(["_hidden = 1\nshown = 2", "__secret = 3"], label="names with underscores")
    yield case([], label="no cells at all")
    for _ in range(6):
        history = [rng.choice(STEPS) for _ in range(rng.randint(4, 12))]
        yield case(history, label="random cells")


def _run(history, shared=True, restart=True, keep_going=True):
    namespace = {}
    for cell in history:
        if cell == "RESTART":
            if restart:
                namespace = {}
            continue
        target = namespace if shared else {}
        try:
            exec(cell, target)
        except Exception:
            if not keep_going:
                break
        if not shared:
            namespace.update(target)
    return {name: value for name, value in namespace.items() if not name.startswith("_")}


def diagnose(case, expected, got):
    (history,) = case.args
    if not isinstance(got, dict) or got == expected:
        return None
    if any(isinstance(name, str) and name.startswith("_") for name in got):
        return "Your dict holds names that start with an underscore (such as __builtins__): leave those out."
    if got == _run(history, restart=False):
        return "After a restart the kernel is empty: names made before the restart are gone."
    if got == _run(history, keep_going=False):
        return (
            "Your kernel stopped for good at the first error: in a notebook an error ends that one cell, and "
            "the cells after it still run."
        )
    if got == _run(history, shared=False):
        return (
            "Each of your cells ran on its own, without the names of the cells before it: a kernel keeps one "
            "namespace for all the cells, from one to the next."
        )
    return None
