from mlsteps.engine.cases import case

PLAYERS = [
    {"name": "Lin", "points": 30},
    {"name": "Ada", "points": 45},
    {"name": "Sam", "points": 30},
    {"name": "Bo", "points": 30},
]
NAMES = ["Ada", "Bo", "Chen", "Dara", "Émile", "Femi", "Grace", "Hana", "Ivo", "Jun", "Kofi", "Lin", "Mia", "Zoe"]


def cases(rng):
    yield case(PLAYERS, "points", 3, label="the example")
    yield case([], "points", 3, label="no records")
    yield case(PLAYERS, "points", 0, label="n is 0")
    yield case(PLAYERS[:2], "points", 5, label="fewer records than n")
    yield case(
        [{"name": "Mia", "sales": 9.5}, {"name": "Zoe", "sales": 9.5}, {"name": "Ivo", "sales": 9.5}],
        "sales",
        2,
        label="everybody tied",
    )
    yield case(
        [
            {"name": "Oslo", "temp": -3},
            {"name": "Kyiv", "temp": -8},
            {"name": "Lima", "temp": -3},
            {"name": "Quito", "temp": -3},
        ],
        "temp",
        2,
        label="negative values",
    )
    for _ in range(4):
        names = rng.sample(NAMES, rng.randint(3, 10))
        records = [{"name": name, "score": rng.randint(5, 10)} for name in names]
        yield case(records, "score", rng.randint(1, len(records)), label="random scores with ties")


def diagnose(case, expected, got):
    records, key, n = case.args
    if not isinstance(got, list) or got == expected or not expected:
        return None
    input_order = got == sorted(records, key=lambda record: record[key], reverse=True)[:n]
    names_reversed = got == sorted(records, key=lambda record: (record[key], record["name"]), reverse=True)[:n]
    if input_order and names_reversed:
        return (
            "Records with the same value must be in alphabetical order of their names: sort by the value, "
            "largest first, and then by the name, without reversing the names."
        )
    if input_order:
        return (
            "Records with the same value are still in the order they came in: sort by the value and then "
            "by the name (a sort key can be a tuple)."
        )
    if names_reversed:
        return (
            "Tied records are in reverse alphabetical order: `reverse=True` flipped the names too. Sort without "
            "it: negating the value puts the largest first."
        )
    if got == sorted(records, key=lambda record: (record[key], record["name"]))[:n]:
        return "These are the records with the smallest values: you kept the smallest, not the largest."
    return None
