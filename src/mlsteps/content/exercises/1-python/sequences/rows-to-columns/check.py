from mlsteps.engine.cases import case

CITIES = ["Oslo", "Lima", "Pune", "Kyiv", "Accra"]


def cases(rng):
    yield case(["name", "age"], [["Ada", 36], ["Alan", 41], ["Grace", 85]], label="the example")
    yield case(["x", "y"], [], label="the example: no rows")
    yield case(["only"], [[1], [2], [3]], label="one column")
    yield case(["a", "b", "c"], [[1, 2, 3], [4, 5]], raises="ValueError", label="a row with a value missing")
    yield case(["a", "b"], [[1, 2], [3, 4, 5]], raises="ValueError", label="a row with a value too many")
    for _ in range(5):
        header = ["city", "temp", "rain"][: rng.randint(2, 3)]
        rows = [
            [rng.choice(CITIES), round(rng.uniform(-5, 30), 1), rng.randint(0, 20)][: len(header)]
            for _ in range(rng.randint(1, 6))
        ]
        yield case(header, rows, label="a random table")


def diagnose(case, expected, got):
    if not isinstance(got, dict) or got == expected:
        return None
    if not case.args[1] and not got:
        return "With no rows the columns still exist: each should map to an empty list."
    if any(isinstance(values, tuple) for values in got.values()):
        return "Your columns are tuples (what zip gives): the columns must be lists, not tuples."
    return None
