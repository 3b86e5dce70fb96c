from mlsteps.engine.cases import case

HOMES = [
    {"city": "Lyon", "area": 70, "price": 310},
    {"area": 45, "price": None, "city": "Porto"},
    {"price": 220, "city": "Porto"},
]
CITIES = ["Lyon", "Porto", "Leipzig"]


def _record(rng, index):
    fields = [
        ("id", index),
        ("city", rng.choice(CITIES)),
        ("area", rng.randint(25, 160)),
        ("rooms", rng.randint(1, 6)),
        ("price", rng.randint(90, 900)),
    ]
    rng.shuffle(fields)
    record = dict(fields)
    for name in ("area", "rooms", "price"):
        roll = rng.random()
        if roll < 0.1:
            record[name] = None
        elif roll < 0.15:
            del record[name]
    return record


def cases(rng):
    yield case(HOMES, ["area", "city"], "price", label="the example")
    yield case([], ["area"], "price", label="no records")
    yield case(
        [{"b": 2, "a": 1, "y": "yes"}, {"a": 3, "b": 4, "y": "no"}],
        ["a", "b"],
        "y",
        label="keys stored in another order than `features`",
    )
    yield case(
        [{"x": 1, "y": None}, {"x": 2}, {"x": 3, "y": 0}],
        ["x"],
        "y",
        label="targets None, absent, and 0 (a real answer)",
    )
    yield case(
        [{"x": 1, "z": 5, "y": 1}, {"y": 0, "x": None}],
        ["x", "z"],
        "y",
        label="features missing or None",
    )
    yield case(HOMES, ["area", "price"], "price", raises="ValueError", label="the target listed as a feature")
    for _ in range(5):
        records = [_record(rng, index) for index in range(rng.randint(3, 10))]
        features = rng.sample(["city", "area", "rooms", "id"], rng.randint(1, 4))
        yield case(records, features, "price", label="random homes")


def diagnose(case, expected, got):
    if not isinstance(got, tuple | list) or len(got) != 2 or not isinstance(expected, tuple | list):
        return None
    X, y = got
    if not isinstance(X, list) or not isinstance(y, list):
        return None
    if len(y) > len(expected[1]):
        return (
            "Some records with a missing target are still in X and y: with no answer there is nothing to learn "
            "from, so leave those records out of both."
        )
    if len(X) == len(expected[0]) and any(
        isinstance(row, list)
        and len(row) == len(want)
        and any(w is None and g is not None for w, g in zip(want, row, strict=True))
        for row, want in zip(X, expected[0], strict=False)
    ):
        return (
            "A feature that a record does not have came back as a value: a missing feature stays None in its "
            "row, since only the record can say what it is, and a made-up 0 looks like a real measurement."
        )
    if len(X) == len(expected[0]) and expected[0] != X:
        for row, want in zip(X, expected[0], strict=False):
            if isinstance(row, list) and row != want and sorted(map(repr, row)) == sorted(map(repr, want)):
                return (
                    "The right values are in the row, but in the wrong order: a row lists the feature values "
                    "in the order of `features`, whatever order the keys have inside the record."
                )
    return None
