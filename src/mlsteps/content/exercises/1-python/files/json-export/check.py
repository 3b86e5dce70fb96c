from mlsteps.engine.cases import case

NAMES = ["Ada", "Grace", "Alan", "Katherine", "Linus", "Margaret", "Hedy"]
CITIES = ["London", "New York", "Paris", "Lagos", "Oslo", None]


def _record(rng):
    fields = {
        "score": rng.randint(0, 100),
        "name": rng.choice(NAMES),
        "passed": rng.choice([True, False]),
        "city": rng.choice(CITIES),
        "height_m": round(rng.uniform(1.5, 2.0), 2),
        "tags": rng.sample(["new", "vip", "late", "remote"], rng.randint(0, 2)),
    }
    keys = rng.sample(sorted(fields), rng.randint(2, len(fields)))
    return {key: fields[key] for key in keys}


def cases(rng):
    yield case([{"name": "Ada", "score": 91, "passed": True}], "out.json", collect=["out.json"], label="the example")
    yield case([], "empty.json", collect=["empty.json"], label="no records")
    yield case(
        [{"score": 70, "name": "Alan", "city": None}, {"name": "Grace", "city": "New York", "score": 84}],
        "two.json",
        collect=["two.json"],
        label="two records, keys out of order, a null",
    )
    yield case(
        [{"name": "Linus", "tags": ["new", "remote"], "address": {"zip": "0150", "city": "Oslo"}}],
        "nested.json",
        collect=["nested.json"],
        label="a nested list and dict",
    )
    for number in range(4):
        records = [_record(rng) for _ in range(rng.randint(1, 4))]
        name = f"export_{number + 1}.json"
        yield case(records, name, collect=[name], label="random records")


def diagnose(case, expected, got):
    records, _path = case.args
    if got != expected or not records:
        return None
    return (
        "Your count is right, so the file is what differs: the first difference above shows where. Compare that "
        "place with the prompt's rules (one JSON list, indented by 2 spaces, keys sorted, nothing after it)."
    )
