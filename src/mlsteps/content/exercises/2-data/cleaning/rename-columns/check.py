import pandas as pd

from mlsteps.engine.cases import case

WORDS = ["order", "id", "unit", "price", "qty", "region", "date", "customer", "total", "name"]


def _frame(names, rows=2):
    return pd.DataFrame({name: [number * 10 + row for row in range(rows)] for number, name in enumerate(names)})


def cases(rng):
    example = pd.DataFrame({" Order ID": [1001], "Unit  -  Price": [2.5], "QTY ": [3]})
    yield case(example, {"qty": "units"}, label="the example")
    yield case(_frame(["  Region  ", "Sales"]), {}, label="spaces at both ends, no renames")
    yield case(_frame(["Ship-To  City", "ZIP -- Code"]), {"zip_code": "postcode"}, label="runs of spaces and dashes")
    yield case(_frame(["QTY ", " Price"]), {"qty": "units", "price": "unit_price"}, label="renames keyed by tidy names")
    yield case(_frame(["units", "price"]), {"cost": "unit_cost"}, label="a rename that matches nothing")
    for _ in range(4):
        names = []
        for _ in range(rng.randint(2, 5)):
            words = rng.sample(WORDS, rng.randint(1, 3))
            words = [word.upper() if rng.random() < 0.3 else word.title() for word in words]
            joined = rng.choice([" ", "-", "  ", " - "]).join(words)
            names.append(" " * rng.randint(0, 2) + joined + " " * rng.randint(0, 2))
        if len({" ".join(name.split()).lower() for name in names}) < len(names):
            continue
        first = names[0].strip().lower().replace("-", " ")
        renames = {"_".join(first.split()): "first_column"} if rng.random() < 0.6 else {}
        yield case(_frame(names, rows=3), renames, label="random untidy names")


def _names(got):
    return [str(name) for name in got.columns] if isinstance(got, pd.DataFrame) else None


def diagnose(case, expected, got):
    _, renames = case.args
    names, want = _names(got), _names(expected)
    if names is None or names == want:
        return None
    if any(name != name.strip() or name.startswith("_") or name.endswith("_") for name in names):
        return (
            "Some names still carry the spaces at the ends (now turned into underscores or kept): remove them "
            "first, with the string method strip, before anything else."
        )
    if any("__" in name for name in names):
        return (
            "A run of several spaces and dashes gave several underscores: match the whole run at once (a regular "
            "expression with +) so that it becomes one underscore for the whole run."
        )
    if any(key in names for key in renames):
        return (
            "A name that should have been renamed was not: the keys of renames are tidy names, so apply the "
            "renames after tidying, not before."
        )
    return None
