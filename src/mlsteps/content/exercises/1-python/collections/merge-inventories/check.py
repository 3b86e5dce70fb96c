from mlsteps.engine.cases import case

FRUIT = ["apples", "pears", "plums", "kiwis", "lemons", "limes", "figs", "dates", "cherries", "grapes"]


def cases(rng):
    yield case({"apples": 5, "pears": 2}, {"pears": 3, "plums": 4}, label="the example")
    yield case({}, {"kiwis": 1}, label="the example: the first shop is empty")
    yield case({"figs": 7}, {}, label="the second shop is empty")
    yield case({}, {}, label="both shops are empty")
    yield case({"limes": 2, "lemons": 1}, {"limes": 8, "lemons": 9}, label="the same items in both")
    yield case({"dates": 3}, {"grapes": 6}, label="no item in common")
    yield case({"cherries": 0, "figs": 4}, {"figs": 0}, label="counts of zero")
    for _ in range(5):
        a = {name: rng.randint(0, 50) for name in rng.sample(FRUIT, rng.randint(1, 6))}
        b = {name: rng.randint(0, 50) for name in rng.sample(FRUIT, rng.randint(1, 6))}
        yield case(a, b, label="two random shops")


def diagnose(case, expected, got):
    a, b = case.args
    if not isinstance(got, dict) or got == expected:
        return None
    if got == {**a, **b}:
        item = next(name for name in a if name in b and a[name] != 0)
        return (
            f"For {item!r}, which is in both dicts, `{{**a, **b}}` (or `a.update(b)`) keeps only the count from `b` "
            "and throws away the one from `a`: add the two counts instead."
        )
    if got == {**b, **a}:
        return "Where an item is in both dicts, you kept one count and dropped the other: add the two counts."
    if set(got) == set(a) and set(b) - set(a):
        return "Items that are only in `b` are missing: go through the items of `b` too, not only those of `a`."
    if set(got) == set(b) and set(a) - set(b):
        return "Items that are only in `a` are missing: start from a copy of `a`, then add `b` to it."
    return None
