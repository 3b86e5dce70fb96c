from mlsteps.engine.cases import case


def cases(rng):
    yield case("the cat saw the hat", label="the example")
    yield case("", label="an empty text")
    yield case("Data data DATA", label="capital letters")
    yield case("  spaced   out  ", label="extra spaces")


def _counts(words):
    counts = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return counts


def diagnose(case, expected, got):
    (text,) = case.args
    if not isinstance(got, dict) or got == expected:
        return None
    if got == _counts(text.split()):
        return "`Data` and `data` should count as one word: make the text lowercase with `.lower()` first."
    if "" in got:
        return "Your dict counts the empty string '' as a word: `split()` with no argument skips extra spaces."
    return None
