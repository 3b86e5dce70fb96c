import pandas as pd

from mlsteps.engine.cases import case

SIZES = ["XS", "S", "M", "L", "XL"]
ODD = ["XXL", "m", "Medium", None]


def cases(rng):
    yield case(pd.Series(["M", "XL", "M", "S", "XXL", "M", "S"]), label="the example")
    yield case(pd.Series(["XL", "XL", "L", "XS"]), label="the alphabet would put L before M and XL after S")
    yield case(pd.Series(["S", "M", "L", "XS", "XL"]), label="one of each")
    yield case(pd.Series(["XXL", "m", None, "L"]), label="labels that are not sizes")
    for _ in range(4):
        weights = [rng.random() for _ in SIZES]
        values = rng.choices(SIZES, weights=weights, k=rng.randint(5, 30))
        values += rng.sample(ODD, rng.randint(0, 2))
        gone = rng.choice(SIZES)
        values = [value for value in values if value != gone]
        rng.shuffle(values)
        yield case(pd.Series(values, name="size"), label="random orders, one size never bought")


def diagnose(case, expected, got):
    if not isinstance(got, pd.Series):
        return None
    labels = [str(label) for label in got.index]
    if any(label not in SIZES for label in labels):
        return "Labels that are not one of the five sizes should not be counted (XXL, m, missing values)."
    if len(labels) < len(SIZES) and labels == [size for size in SIZES if size in labels]:
        return "Every size should appear, with 0 for a size nobody bought: a categorical column knows them all."
    if set(labels) <= set(SIZES) and labels != [size for size in SIZES if size in labels]:
        return (
            "The sizes are not in size order (XS, S, M, L, XL): value_counts sorts by count unless told not to, "
            "and sorting the labels as text puts them in the order of the alphabet."
        )
    return None
