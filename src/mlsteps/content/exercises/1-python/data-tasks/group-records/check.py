from mlsteps.engine.cases import case

SALES = [
    {"shop": "north", "amount": 12},
    {"shop": "south", "amount": 7},
    {"shop": "north", "amount": 30},
]
SHOPS = ["north", "south", "east", "west", "Zürich"]
PRODUCTS = ["tea", "coffee", "cake"]


def cases(rng):
    yield case(SALES, "shop", label="the example")
    yield case([], "shop", label="no records")
    yield case([{"name": "Ada", "year": 1}], "year", label="one record")
    yield case(
        [
            {"name": "Ada", "year": 2},
            {"name": "Alan", "year": 1},
            {"name": "Grace", "year": 2},
            {"name": "Hedy", "year": 2},
        ],
        "year",
        label="numbers as groups",
    )
    yield case(
        [{"id": 1, "paid": True}, {"id": 2, "paid": False}, {"id": 3, "paid": True}],
        "paid",
        label="True and False as groups",
    )
    yield case([{"city": "Oslo", "t": -3}, {"city": "Oslo", "t": -5}], "city", label="a single group")
    for _ in range(4):
        records = [
            {"shop": rng.choice(SHOPS), "product": rng.choice(PRODUCTS), "amount": rng.randint(1, 50)}
            for _ in range(rng.randint(3, 10))
        ]
        yield case(records, rng.choice(["shop", "product"]), label="random sales")


def diagnose(case, expected, got):
    records, key = case.args
    if not isinstance(got, dict) or not records:
        return None
    if got == {} and expected:
        return (
            "Your dict is empty. If you used `groups.get(value, [])`: it hands you a new empty list that is not "
            "stored in the dict, so what you append to it is lost. Store the new list in the dict first."
        )
    last = {}
    for record in records:
        last[record[key]] = [record]
    if got == last and got != expected:
        return (
            "Each group holds only its last record: the line that makes the list runs for every record and "
            "replaces the list. Create the list only for a new group, then `.append` each record to it."
        )
    return None
