import math

from mlsteps.engine.cases import case

POSTCODES = ["1010", "1020", "1030", "2000", "2100", "3000", "3500", "4000", "5000", "6000"]


def cases(rng):
    yield case(["a", "a", "b", "b", "b"], [1, 0, 1, 1, 1], ["b", "a", "z", None], label="the example")
    yield case(
        ["north", "north", "north", "south"],
        [10.0, 20.0, 30.0, 100.0],
        ["south", "east", "north"],
        label="amounts; a big category beside a small one, and an unseen one",
    )
    for number in range(4):
        seen = rng.sample(POSTCODES, rng.randint(3, 6))
        rates = {code: rng.uniform(0.1, 0.8) for code in seen}
        rows = rng.randint(15, 40)
        train_cats = [rng.choice(seen) for _ in range(rows)]
        train_y = [1 if rng.random() < rates[code] else 0 for code in train_cats]
        unseen = [code for code in POSTCODES if code not in seen]
        new_cats = [rng.choice(seen) for _ in range(rng.randint(4, 8))] + [rng.choice(unseen), None]
        rng.shuffle(new_cats)
        yield case(train_cats, train_y, new_cats, label=f"customers who left, by postcode ({number + 1})")


def diagnose(case, expected, got):
    if not isinstance(got, list) or len(got) != len(expected):
        return None
    train_cats, train_y, new_cats = case.args
    known = set(train_cats)
    for value, want, category in zip(got, expected, new_cats, strict=False):
        if category in known:
            continue
        if isinstance(value, float) and math.isnan(value):
            return (
                f"The category {category!r} was never seen in training (or is missing), and it came out as NaN. "
                "It gets the overall mean of the training answers."
            )
        groups = {}
        for name, answer in zip(train_cats, train_y, strict=False):
            groups.setdefault(name, []).append(answer)
        mean_of_means = sum(sum(g) / len(g) for g in groups.values()) / len(groups)
        if abs(value - want) > 0.0005 and abs(value - mean_of_means) <= 0.0005:
            return (
                f"For {category!r}, never seen in training, you used the mean of the categories' means "
                f"({round(mean_of_means, 3)}). The overall mean counts each training row once: {want}."
            )
    return None
