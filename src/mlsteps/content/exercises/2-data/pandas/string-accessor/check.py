import numpy as np
import pandas as pd

from mlsteps.engine.cases import case

PRODUCTS = {
    "notebook": ["a5", "a4", "squared"],
    "pen": ["blue", "black", "red"],
    "backpack": ["large", "small"],
    "calculator": ["solar", "scientific"],
    "lamp": ["desk", "clip"],
}


def orders_table(labels, units):
    return pd.DataFrame({"label": pd.Series(labels, dtype="str"), "units": units})


def messy(rng, product):
    """A label as a person might type it: odd capitals, underscores, stray spaces."""
    words = [product, *rng.sample(PRODUCTS[product], rng.randint(0, 2))]
    text = "_".join(words)
    text = rng.choice([text, text.upper(), text.title(), text.capitalize()])
    return " " * rng.randint(0, 2) + text + " " * rng.randint(0, 3)


def cases(rng):
    yield case(orders_table(["  Notebook_A5", "PEN_blue ", "lamp"], [3, 10, 1]), label="the example")
    yield case(orders_table(["CALCULATOR_SOLAR"], [2]), label="one label in capitals")
    yield case(orders_table(["  backpack_Large_Blue  ", "Pen"], [1, 4]), label="three words, and one word alone")
    yield case(orders_table(["Lamp_desk", np.nan, " pen_red"], [2, 5, 7]), label="a missing label")
    for _ in range(4):
        labels = [messy(rng, rng.choice(sorted(PRODUCTS))) for _ in range(rng.randint(3, 12))]
        yield case(orders_table(labels, [rng.randint(1, 12) for _ in labels]), label="random messy labels")


def diagnose(case, expected, got):
    if not isinstance(got, pd.DataFrame) or "label" not in got.columns:
        return None
    labels = [text for text in got["label"].tolist() if isinstance(text, str)]
    if any(text != text.strip() for text in labels):
        return "Some labels still have spaces at the start or end: the cleaning must remove them."
    if "product" in got.columns and any(isinstance(item, list) for item in got["product"].tolist()):
        return (
            "Each product is a list of words: splitting gives a list for each row; "
            "take the first word of each list."
        )
    return None
