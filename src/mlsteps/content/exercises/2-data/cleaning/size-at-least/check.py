import pandas as pd

from mlsteps.engine.cases import case

SIZES = ["XS", "S", "M", "L", "XL"]
ODD = ["XXL", "m", "XS ", None]


def _orders(sizes, start=1):
    return pd.DataFrame({"order_id": range(start, start + len(sizes)), "size": sizes})


def cases(rng):
    yield case(_orders(["S", "XL", "M", "XXL", "L"]), "M", label="the example")
    yield case(_orders(["XS", "S", "M", "L", "XL"]), "L", label="one of each, at least L")
    yield case(_orders(["XS", "S", "XL"]), "XS", label="at least XS: every real size")
    yield case(_orders(["XXL", None, "m", "XL"]), "S", label="labels that are not sizes")
    for _ in range(4):
        values = rng.choices(SIZES, k=rng.randint(6, 16)) + rng.sample(ODD, rng.randint(0, 2))
        rng.shuffle(values)
        frame = _orders(values, start=rng.randint(100, 900))
        frame.index = sorted(rng.sample(range(1000), len(frame)))
        yield case(frame, rng.choice(SIZES), label="random orders")


def diagnose(case, expected, got):
    orders, smallest = case.args
    if not isinstance(got, pd.DataFrame) or "order_id" not in got.columns:
        return None
    have = set(got["order_id"])
    size = orders["size"]
    picked = orders.loc[[order in have for order in orders["order_id"]], "size"]
    if any(label not in SIZES for label in picked):
        return "A label that is not one of the five sizes was selected (XXL, m, or a missing value): leave it out."
    if (size == smallest).any() and not (picked == smallest).any():
        return f"The orders of size {smallest} itself are missing: at least {smallest} includes {smallest}."
    text_pick = set(orders.loc[size.notna() & size.isin(SIZES) & (size.fillna("") >= smallest), "order_id"])
    if have == text_pick:
        return (
            "These sizes were compared as text, by the alphabet (\"S\" >= \"M\" is true there): make the column "
            "an ordered category, so that >= follows XS < S < M < L < XL."
        )
    return None
