import pandas as pd

from mlsteps.engine.cases import case

CITIES = {
    "new york": ["NY", "nyc"],
    "san francisco": ["SF"],
    "los angeles": ["LA"],
    "boston": [],
    "rio de janeiro": ["Rio"],
}
ALIASES = {"ny": "New York", "nyc": "New York", "sf": "San Francisco", "la": "Los Angeles", "rio": "Rio De Janeiro"}


def _typed(rng, name):
    """One way a person might type a city."""
    spellings = [name, name.upper(), name.title(), *CITIES[name]]
    words = rng.choice(spellings).split(" ")
    if rng.random() < 0.3:
        words = [word.lower() for word in words]
    return " " * rng.randint(0, 2) + (" " * rng.randint(1, 3)).join(words) + " " * rng.randint(0, 2)


def cases(rng):
    example = pd.Series(["NY", "new york ", "New  York", "  boston", "", None], name="city")
    yield case(example, {"ny": "New York", "nyc": "New York"}, label="the example")
    yield case(pd.Series(["  San   Francisco ", "sf"], name="city"), ALIASES, label="runs of spaces inside")
    yield case(pd.Series(["La", "LA ", " la"], name="city"), ALIASES, label="an alias typed in any case")
    yield case(pd.Series(["rio de janeiro", "BOSTON"], name="city"), {}, label="no aliases: Title Case")
    yield case(pd.Series(["   ", None, "Boston"], index=[7, 8, 9], name="town"), ALIASES, label="blank and missing")
    for _ in range(4):
        values = [_typed(rng, rng.choice(sorted(CITIES))) for _ in range(rng.randint(6, 14))]
        for spot in rng.sample(range(len(values)), 2):
            values[spot] = rng.choice(["", "  ", None])
        yield case(pd.Series(values, name="city"), ALIASES, label="random typing")


def _as_list(series):
    return [None if pd.isna(value) else value for value in series]


def diagnose(case, expected, got):
    cities, aliases = case.args
    if not isinstance(got, pd.Series) or len(got) != len(cities):
        return None
    have, want = _as_list(got), _as_list(expected)
    if any(isinstance(value, str) and "  " in value for value in have):
        return (
            "Some names still have several spaces inside (\"New  York\"): a run of spaces should count as one, "
            "or the same city is split in two groups."
        )
    blank = [value is not None and not value.strip() for value in _as_list(cities)]
    if any(is_blank and value is not None for is_blank, value in zip(blank, have, strict=True)):
        return "A blank name (empty, or only spaces) should become missing, not stay as text."
    if any(h != w and isinstance(h, str) and h.lower() in aliases for h, w in zip(have, want, strict=True)):
        return (
            "An alias was missed because of its case: look aliases up by the lower-case form of the name, "
            "so that \"LA\", \"La\" and \"la\" all find it."
        )
    pairs = zip(have, want, strict=True)
    if any(isinstance(h, str) and isinstance(w, str) and h != w and h.lower() == w.lower() for h, w in pairs):
        return "The names that are not aliases should be in Title Case (\"New York\", not \"new york\")."
    return None
