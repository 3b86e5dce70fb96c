import pandas as pd

from mlsteps.engine.cases import case

MEANINGS = {"C": "card", "B": "bank transfer", "P": "phone wallet", "V": "voucher", "K": "cash"}


def cases(rng):
    example = pd.Series(["C", "B", "Z", None, "C"], name="payment")
    yield case(example, {"C": "card", "B": "bank transfer"}, label="the example")
    yield case(pd.Series(["X", "Y"], name="payment"), {"C": "card"}, label="only unknown codes")
    yield case(pd.Series([None, "C", None], name="code"), {"C": "card"}, label="missing codes around a known one")
    yield case(
        pd.Series(["B", "C"], index=[10, 20], name="payment"), MEANINGS, label="an index that is not 0, 1, 2"
    )
    for _ in range(4):
        known = dict(rng.sample(sorted(MEANINGS.items()), rng.randint(2, 5)))
        pool = [*known, "Q", "X", None]
        values = [rng.choice(pool) for _ in range(rng.randint(5, 15))]
        index = rng.sample(range(100, 200), len(values))
        yield case(pd.Series(values, index=index, name="payment"), known, label="random codes")


def diagnose(case, expected, got):
    codes, meanings = case.args
    if not isinstance(got, pd.Series) or len(got) != len(codes):
        return None
    present = codes.notna()
    unknown = present & ~codes.isin(list(meanings))
    if unknown.any() and got[unknown].isna().all():
        return "Your answer leaves the codes the dict does not know as missing: they should say \"unknown\"."
    if (~present).any() and (got[~present] == "unknown").all():
        return (
            "A missing code is not an unknown one: a row with no code should stay missing, so that you can "
            "still count how many rows had no code at all."
        )
    if unknown.any() and (got[unknown] == codes[unknown]).all():
        return (
            "The unknown codes kept their code: replace leaves every value it has no entry for as it was, "
            "while map looks each value up and gives NaN when it finds nothing."
        )
    return None
