from mlsteps.engine.cases import case

WORDS = ["Total", "sales", "UNIT", "Price", "customer", "ID", "Region", "q3", "2024", "Net", "revenue", "Age"]
SEPARATORS = [" ", "  ", " (", ") ", "-", " - ", ".", "/", "_", " & ", ": "]
STARTS = ["", "", " ", "  ", "# ", "*"]
ENDS = ["", " ", "  ", " (%)", " ($)", "*", "."]


def cases(rng):
    yield case(" Total Sales (EUR) ", label="the example")
    yield case("Q1 2024 Revenue", label="the example: digits")
    yield case("Date", label="one word")
    yield case("", label="an empty header")
    yield case(" -- ", label="no letters or digits at all")
    yield case("Unit price ($)", label="a symbol at the end")
    yield case("customer_ID", label="already has an underscore")
    yield case("% change, y/y", label="symbols at the start and in the middle")
    for _ in range(5):
        words = [rng.choice(WORDS) for _ in range(rng.randint(2, 4))]
        header = rng.choice(STARTS)
        for index, word in enumerate(words):
            header += word if index == 0 else rng.choice(SEPARATORS) + word
        yield case(header + rng.choice(ENDS), label="a random messy header")


def _symbols_to_underscores(header):
    return "".join(ch if ch.isalnum() else "_" for ch in header.lower())


def diagnose(case, expected, got):
    (header,) = case.args
    if not isinstance(got, str) or got == expected:
        return None
    if got in (header.strip().lower().replace(" ", "_"), header.lower().replace(" ", "_")):
        return (
            "Replacing spaces is not enough: brackets, dashes, dots and other symbols must go too. "
            "Keep only letters and digits (`ch.isalnum()`), and turn every run of anything else into one `_`."
        )
    if got in (_symbols_to_underscores(header), _symbols_to_underscores(header).strip("_")):
        return (
            "Each symbol or space became its own underscore, so some are doubled: a run of several of them "
            "in a row should give just one `_`. Turning them into spaces and using `split()` is one way."
        )
    if got.lower() == expected:
        return "Almost: the name should be all small letters."
    if got.strip("_") == expected:
        return "Remove the underscores at the start and the end: `strip('_')` does it."
    return None
