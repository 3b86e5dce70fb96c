from mlsteps.engine.cases import case

NAMES = ["Ada", "Grace", "Alan", "Katherine", "Linus", "Margaret", "Hedy", "Zoë", "José"]
CITIES = ["London", "New York", "Paris", "Lagos", "São Paulo", "Mumbai", "Washington, D.C.", "Oslo"]


def _row(rng):
    row = {
        "name": rng.choice(NAMES),
        "city": rng.choice(CITIES),
        "score": rng.choice([rng.randint(0, 100), round(rng.uniform(0, 100), 1)]),
    }
    keys = list(row)
    rng.shuffle(keys)
    return {key: row[key] for key in keys}


def cases(rng):
    yield case(
        [{"name": "Ada", "city": "London", "score": 91}, {"name": "Grace", "city": "New York", "score": 84.5}],
        "report.csv",
        collect=["report.csv"],
        label="the example",
    )
    yield case([], "empty.csv", collect=["empty.csv"], label="no rows: just the header")
    yield case(
        [{"score": 77, "city": "Oslo", "name": "Linus"}],
        "one.csv",
        collect=["one.csv"],
        label="one row, its keys in another order",
    )
    yield case(
        [
            {"name": "Katherine", "city": "Washington, D.C.", "score": 99},
            {"name": "Alan", "city": "Paris", "score": 70},
        ],
        "quoted.csv",
        collect=["quoted.csv"],
        label="a city with a comma in it",
    )
    for number in range(4):
        rows = [_row(rng) for _ in range(rng.randint(1, 7))]
        name = f"results_{number + 1}.csv"
        yield case(rows, name, collect=[name], label="random rows")


def diagnose(case, expected, got):
    # The check sees the count, not the file: it says only what the count tells, and leaves the file to the
    # first difference, which shows the line where yours differs.
    if got != expected:
        return None
    return (
        "Your count is right, so the file is what differs: the first difference above shows where. Compare that "
        "line of your file with the prompt's rules (the header, the order of the values, quotes around a value "
        "with a comma, the csv module's line endings)."
    )
