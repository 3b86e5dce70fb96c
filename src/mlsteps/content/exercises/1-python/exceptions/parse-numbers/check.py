from mlsteps.engine.cases import case

GOOD = ["12.5", "7", "-3", "0", "100", " 4 ", "1e3", "0.25", "-0.5", "42"]
BAD = ["n/a", "", "-", "abc", "3,5", "12 kg", "?", "NaN!", "€5"]


def _parse(texts):
    numbers, bad = [], 0
    for text in texts:
        try:
            numbers.append(float(text))
        except ValueError:
            bad += 1
    return numbers, bad


def _stops_at_first_bad(texts):
    numbers = []
    for text in texts:
        try:
            numbers.append(float(text))
        except ValueError:
            return numbers, 1
    return numbers, 0


def _zero_for_bad(texts):
    numbers = []
    for text in texts:
        try:
            numbers.append(float(text))
        except ValueError:
            numbers.append(0.0)
    return numbers, len(texts) - len(_parse(texts)[0])


def cases(rng):
    yield case(["12.5", "n/a", "7", "", "-3"], label="the example")
    yield case([], label="an empty list")
    yield case(["1", "2", "3"], label="every string is a number")
    yield case(["n/a", "-", ""], label="no string is a number")
    yield case([" 4 ", "1e3", "3,5", "0.5"], label="spaces, 1e3 and a decimal comma")
    yield case(["oops", "10", "20"], label="the bad string comes first")
    for _ in range(4):
        texts = [rng.choice(GOOD if rng.random() < 0.6 else BAD) for _ in range(rng.randint(2, 10))]
        yield case(texts, label="a random column")


def diagnose(case, expected, got):
    (texts,) = case.args
    if not isinstance(got, list | tuple) or len(got) != 2:
        return None
    got = (list(got[0]) if isinstance(got[0], list | tuple) else got[0], got[1])
    if got == _stops_at_first_bad(texts):
        return (
            "Your loop stops at the first bad string: the `try` must sit inside the loop, around the one "
            "conversion that can fail, so the loop goes on to the next string after an error."
        )
    if got == _zero_for_bad(texts):
        return "A string that cannot be read must be left out of the numbers, not replaced by 0.0: just count it."
    return None
