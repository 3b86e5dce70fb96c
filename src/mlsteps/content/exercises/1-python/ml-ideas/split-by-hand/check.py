import math

from mlsteps.engine.cases import case

LETTERS = list("abcdefghij")
FRACTIONS = [0.125, 0.25, 0.5, 0.75]


def cases(rng):
    yield case(LETTERS, 0.25, seed=1, label="the example")
    yield case(LETTERS, 0.25, seed=2, label="the example with another seed")
    yield case(list(range(8)), 0.5, seed=7, label="n_test is a whole number already")
    yield case(list(range(9)), 0.125, seed=3, label="9 * 0.125 = 1.125 rounds up to 2")
    yield case([{"id": n, "label": n % 2} for n in range(6)], 0.25, seed=0, label="records that are dicts")
    yield case(LETTERS, 0, seed=1, raises="ValueError", label="a test fraction of 0")
    yield case(LETTERS, 1, seed=1, raises="ValueError", label="a test fraction of 1")
    yield case(LETTERS, 1.5, seed=1, raises="ValueError", label="a test fraction above 1")
    for _ in range(5):
        size = rng.randint(5, 30)
        records = [rng.randint(100, 999) for _ in range(size)]
        yield case(records, rng.choice(FRACTIONS), seed=rng.randint(0, 10_000), label="random records")


def _n_test(case):
    records, fraction = case.args
    return math.ceil(len(records) * fraction)


def diagnose(case, expected, got):
    records, fraction = case.args
    if not isinstance(got, tuple | list) or len(got) != 2 or not all(isinstance(part, list) for part in got):
        return None
    train, test = got
    want_train, want_test = expected
    n_test = _n_test(case)
    if len(test) == math.floor(len(records) * fraction) != n_test:
        return (
            f"The test part has {len(test)} records; {len(records)} * {fraction} = {len(records) * fraction:g}, "
            f"which must be rounded up to {n_test}, not cut down."
        )
    if test == list(records[:n_test]) and test != list(want_test):
        return (
            "Your test part holds the first records in their original order: nothing was shuffled, so a file "
            "sorted by date or by label would put one kind of row in the test set. Shuffle a copy first."
        )
    if list(train) + list(test) == list(want_test) + list(want_train):
        return (
            "The shuffle is right, but the parts are cut at the wrong end: the test part is the first n_test "
            "records of the shuffled copy, the train part the rest."
        )
    if sorted(map(repr, train + test)) == sorted(map(repr, records)) and test != list(want_test):
        return (
            "The records are shuffled, but not as `random.Random(seed)` shuffles them: a split must come out the "
            "same on every run, so make the generator from the seed and shuffle with it."
        )
    return None
