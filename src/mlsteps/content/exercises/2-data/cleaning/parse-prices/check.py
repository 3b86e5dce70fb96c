import pandas as pd

from mlsteps.engine.cases import case

JUNK = ["n/a", "", "-", "unknown", "?", "TBC"]


def _typed(rng, value):
    whole, cents = divmod(round(value * 100), 100)
    digits = f"{whole:,}" if rng.random() < 0.7 else str(whole)
    text = digits + (f".{cents:02d}" if cents or rng.random() < 0.3 else "")
    return rng.choice(["€", "€ ", "", " "]) + text + rng.choice(["", " ", "  "])


def cases(rng):
    yield case(pd.Series(["€1,200.50", " 35 ", "€ 7", "n/a", "-"], name="price"), label="the example")
    yield case(pd.Series(["€12,345,678.9", "1,000"], name="price"), label="several thousands commas")
    yield case(pd.Series(["", "unknown"], index=[5, 9], name="price"), label="nothing readable")
    yield case(pd.Series(["0.99", "€0", "€ 2,500"], name="amount"), label="every price readable")
    for _ in range(4):
        values = [_typed(rng, rng.choice([rng.uniform(0, 50), rng.uniform(900, 90000)])) for _ in range(8)]
        for spot in rng.sample(range(len(values)), rng.randint(1, 3)):
            values[spot] = rng.choice(JUNK)
        index = sorted(rng.sample(range(1000, 2000), len(values)))
        yield case(pd.Series(values, index=index, name="price"), label="random prices")


def diagnose(case, expected, got):
    (texts,) = case.args
    if not isinstance(got, pd.Series):
        return None
    if len(got) < len(texts):
        return (
            "Some rows are gone: keep every row, with NaN where a price cannot be read, so that the prices "
            "still line up with the rest of the table."
        )
    unreadable = expected.isna()
    if unreadable.any() and (got[unreadable] == 0).all():
        return (
            "Text you could not read became 0: a price nobody wrote down is missing, not a price of 0. A 0 "
            "would pull every average down; leave it as NaN."
        )
    has_comma = texts.str.contains(",", regex=False)
    if has_comma.any() and got[has_comma].isna().all() and expected[has_comma].notna().any():
        return (
            "The prices with commas came out missing: a comma that separates thousands (1,200) is not part "
            "of the number, so remove it before converting."
        )
    return None
