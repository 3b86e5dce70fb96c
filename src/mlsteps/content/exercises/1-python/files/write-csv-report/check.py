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
    rows, _path = case.args
    if got != expected:
        return None
    advice = (
        "Your count is right, so the file is what differs: the first difference above says where. The file "
        "starts with the header line, then one line per row, values in the order name, city, score, each line "
        "ended the way the csv module ends it."
    )
    if any("," in str(value) for row in rows for value in row.values()):
        advice += (
            " One value here contains a comma: write the rows with `csv.DictWriter`, which puts such a value "
            "in quotes, rather than joining the values yourself."
        )
    return advice
