from mlsteps.engine.cases import case

ITEMS = ["eggs", "flour", "milk", "sugar", "butter", "salt", "yeast", "apples", "rice", "oil"]


def cases(rng):
    yield case({"eggs": 6, "flour": 500, "milk": 1}, {"eggs": 2, "milk": 3, "salt": 1}, label="the example")
    yield case({"rice": 2}, {"rice": 2}, label="exactly enough")
    yield case({"oil": 1, "salt": 2}, {}, label="an empty pantry")
    yield case({}, {"apples": 4}, label="nothing to cook")
    yield case({"butter": 3, "sugar": 100}, {"butter": 5}, label="more than enough of one item")
    for _ in range(5):
        recipe = {item: rng.randint(1, 8) for item in rng.sample(ITEMS, rng.randint(2, 6))}
        pantry = {item: rng.randint(0, 8) for item in rng.sample(ITEMS, rng.randint(1, 6))}
        yield case(recipe, pantry, label="a random recipe and pantry")


def diagnose(case, expected, got):
    _recipe, pantry = case.args
    if not isinstance(got, dict) or got == expected:
        return None
    if any(isinstance(amount, int | float) and amount <= 0 for amount in got.values()):
        return (
            "Your answer lists items with 0 or less: you have enough of those, so there is nothing to buy and "
            "they must not appear at all."
        )
    missing = [item for item in expected if item not in got and item not in pantry]
    if missing:
        return f"{missing[0]!r} is not in the pantry at all, so it is needed in full."
    return None
