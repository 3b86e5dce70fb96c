from mlsteps.engine.cases import case

SALES = [
    {"shop": "north", "amount": 12},
    {"shop": "south", "amount": 7},
    {"shop": "north", "amount": 30},
]
CITIES = ["Oslo", "Lagos", "Lima", "Kyiv", "Montréal"]


def cases(rng):
    yield case(SALES, "shop", "amount", label="the example")
    yield case([], "shop", "amount", label="no records")
    yield case([{"team": "red", "goals": 3}], "team", "goals", label="one record")
    yield case(
        [{"city": "Oslo", "temp": -3.5}, {"city": "Oslo", "temp": -7.0}, {"city": "Lima", "temp": 19.25}],
        "city",
        "temp",
        label="negative temperatures",
    )
    yield case(
        [
            {"class": "A", "score": 1},
            {"class": "A", "score": 2},
            {"class": "A", "score": 2},
            {"class": "B", "score": 5},
        ],
        "class",
        "score",
        label="a mean that needs rounding",
    )
    for _ in range(5):
        records = [
            {"city": rng.choice(CITIES), "temp": round(rng.uniform(-10, 35), 1), "day": day}
            for day in range(rng.randint(3, 12))
        ]
        yield case(records, "city", "temp", label="random temperatures")


def _mean(numbers):
    return round(sum(numbers) / len(numbers), 2)


def diagnose(case, expected, got):
    records, group, value = case.args
    if not isinstance(got, dict) or not records or len(expected) < 2:
        return None
    means = [summary.get("mean") for summary in got.values() if isinstance(summary, dict)]
    overall = _mean([record[value] for record in records])
    differ = any(summary["mean"] != overall for summary in expected.values())
    if differ and len(means) == len(expected) and all(mean == overall for mean in means):
        return (
            "Every group has the same mean, the mean of all the records: compute each group's mean from its "
            "own values only."
        )
    unrounded = {
        name: sum(r[value] for r in records if r[group] == name) / summary["count"]
        for name, summary in expected.items()
    }
    if len(means) == len(expected) and any(
        isinstance(summary, dict) and summary.get("mean") == unrounded[name] != expected[name]["mean"]
        for name, summary in got.items()
        if name in unrounded
    ):
        return "Each mean must be rounded to 2 decimals."
    return None
