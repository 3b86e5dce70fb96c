import numpy as np

from mlsteps.engine.cases import case

CITIES = ["Lyon", "Oslo", "Lima", "Pune", "Kyiv", "Cork", "Nice", "Bonn"]


def cases(rng):
    yield case(["green", "red", "green", "blue"], ["red", "green", "blue"], label="the example")
    yield case(["red", "pink"], ["red", "green", "blue"], label="a label that is not a category")
    yield case([], ["card", "cash"], label="no labels at all")
    yield case(["card", "card", "card"], ["cash", "card", "voucher"], label="categories that no label uses")
    yield case([5, 3, 5, 1, 4], [1, 2, 3, 4, 5], label="star ratings as numbers")
    yield case(["yes"], ["yes"], label="one label, one category")
    for _ in range(5):
        pool = rng.sample(CITIES, rng.randint(3, 7))
        categories = pool[: rng.randint(2, len(pool) - 1)]
        rng.shuffle(categories)  # the columns come in this order, not alphabetically
        labels = [rng.choice(pool) for _ in range(rng.randint(4, 15))]
        yield case(labels, categories, label="random cities, some of them not in the categories")


def _encode(labels, columns, width):
    encoded = np.zeros((len(labels), width), dtype=int)
    for i, label in enumerate(labels):
        if label in columns:
            encoded[i, columns.index(label)] = 1
    return encoded


def diagnose(case, expected, got):
    labels, categories = case.args
    if not isinstance(got, np.ndarray) or got.shape != expected.shape or not labels:
        return None
    known = [label for label in labels if label in categories]
    orders = {
        "in the order the labels first appear": list(dict.fromkeys(known)),
        "in sorted order": sorted(set(known)),
    }
    for words, columns in orders.items():
        if np.array_equal(got, _encode(labels, columns, len(categories))):
            return (
                f"Your columns come {words}. They must come in the order of `categories`: column j is "
                "categories[j], whatever the labels are, so that new data gets the same columns."
            )
    return None
